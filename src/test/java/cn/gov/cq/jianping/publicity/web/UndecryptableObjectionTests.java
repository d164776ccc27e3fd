package cn.gov.cq.jianping.publicity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionForm;
import cn.gov.cq.jianping.support.IntegrationTestWithoutDemoData;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One objection written with a key this node does not have (another node's own key) shows
 * 无法解密 in its place; the bureau's objection list still answers, with the other objections
 * readable.
 */
@IntegrationTestWithoutDemoData
class UndecryptableObjectionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void anUndecryptableRowDoesNotFailTheObjectionList() throws Exception {
		PublicFixture fixture = new PublicFixture(this.context);
		fixture.clock.setInstant(LocalDate.of(2026, 5, 4).atTime(9, 0).atZone(PublicFixture.ZONE).toInstant());
		PublicFixture.Institution institution = fixture.institution("密钥不同");
		PublicFixture.Published published = fixture.publish(2026, List.of(institution), List.of(BigDecimal.ONE));
		long entryId = published.entryOf(institution).id();
		fixture.at(published.start().plusDays(1), 10);
		String readable = file(entryId, "13812340001");
		String unreadable = file(entryId, "13812340002");
		// As a node with a key of its own would have written it.
		this.jdbc.update(
				"update objection set phone_enc = 'ffffffff:' || substr(phone_enc, 10), "
						+ "id_number_enc = 'ffffffff:' || substr(id_number_enc, 10) where receipt_number = ?",
				unreadable);
		this.mvc.perform(get("/publicity/entries/{entryId}/objections", entryId).with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(readable), containsString(unreadable),
					containsString("无法解密"), containsString("138****0001"))));
	}

	private String file(long entryId, String phone) {
		return this.filing.file(new ObjectionForm(entryId, "PERSON", "李四", PublicFixture.idNumber("50010319850101123"),
				phone, null, null, null, "该机构的评价过程存在问题，申请复核。", true, true), List.of());
	}

}
