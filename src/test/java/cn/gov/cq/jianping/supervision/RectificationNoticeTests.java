package cn.gov.cq.jianping.supervision;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.document.Sha256;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PdfTools;
import cn.gov.cq.jianping.support.PublicityUsers;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a rectification order is issued as a 整改通知书 after GB/T 9704-2012 (tagged PDF,
 * 发文字号, what to rectify and the deadline), stored with its SHA-256 when issued, and
 * downloadable by the institution concerned, the center, the bureau and the district
 * office of the institution only.
 */
@IntegrationTest
class RectificationNoticeTests {

	private static final String DISTRICT = "500112";

	private static final String OTHER_DISTRICT = "500103";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	Rectifications rectifications;

	@Autowired
	MutableClock clock;

	@Test
	void theCentersOrderIsATaggedNoticeWithNumberMattersAndDeadlineStoredWhenIssued() throws Exception {
		long institution = institution();
		LocalDate deadline = LocalDate.now(this.clock).plusDays(30);
		long order = this.rectifications.issue(PublicityUsers.center(), institution, "考评人员配备不足，须补足持证考评员", deadline);
		String stored = this.jdbc.queryForObject(
				"select sha256 from issued_document where kind = 'RECTIFICATION_NOTICE' and subject_id = ?",
				String.class, order);
		String number = this.jdbc.queryForObject("select document_number from rectification_order where id = ?",
				String.class, order);
		assertThat(number).as("the city bureau's own sequence")
			.matches("渝人社评改〔" + LocalDate.now(this.clock).getYear() + "〕\\d+号");

		MvcResult result = this.mvc.perform(get(url(order)).with(Users.institution(institution)))
			.andExpect(status().isOk())
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(Sha256.hex(pdf)).as("served from storage, as issued").isEqualTo(stored);
		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + stored + "\"");
		assertThat(PdfTools.info(pdf)).containsPattern("Tagged:\\s+yes");
		assertThat(PdfTools.text(pdf)).contains("重庆市人力资源和社会保障局")
			.contains(number)
			.contains("限期整改的通知")
			.contains("整改事项：考评人员配备不足，须补足持证考评员")
			.contains("至" + deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日止")
			.as("page number 一字线, blanks removed")
			.contains("—1—");
	}

	@Test
	void onlyTheInstitutionConcernedItsDistrictAndTheCityMayDownloadTheNotice() throws Exception {
		long institution = institution();
		long other = institution();
		long order = this.rectifications.issue(PublicityUsers.center(), institution, "评价场地不符合要求",
				LocalDate.now(this.clock).plusDays(10));
		this.mvc.perform(get(url(order)).with(Users.institution(institution))).andExpect(status().isOk());
		this.mvc.perform(get(url(order)).with(Users.center())).andExpect(status().isOk());
		this.mvc.perform(get(url(order)).with(Users.bureau())).andExpect(status().isOk());
		this.mvc.perform(get(url(order)).with(Users.district(DISTRICT))).andExpect(status().isOk());
		this.mvc.perform(get(url(order)).with(Users.institution(other))).andExpect(status().isNotFound());
		this.mvc.perform(get(url(order)).with(Users.district(OTHER_DISTRICT))).andExpect(status().isNotFound());
		this.mvc.perform(get(url(order)).with(Users.expert())).andExpect(status().isForbidden());
	}

	@Test
	void aDistrictsOrderIsIssuedInItsBureausNameWithItsOwnNumber() throws Exception {
		long institution = institution();
		long order = this.rectifications.issue(PublicityUsers.district("yubei", DISTRICT), institution, "档案管理不规范",
				LocalDate.now(this.clock).plusDays(15));
		byte[] pdf = this.mvc.perform(get(url(order)).with(Users.district(DISTRICT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfTools.text(pdf);
		assertThat(text).contains("渝北区人力资源和社会保障局").containsPattern("渝北人社评改〔\\d{4}〕\\d+号");
		assertThat(text).doesNotContain("重庆市人力资源和社会保障局");
		List<String> numbers = this.jdbc.queryForList("select document_number from rectification_order where id = ?",
				String.class, order);
		assertThat(text).contains(numbers.get(0));
	}

	private static String url(long order) {
		return "/supervision/rectifications/" + order + ".pdf";
	}

	/** An institution registered in 渝北区. */
	private long institution() {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52" + DISTRICT + "RN" + serial;
		LocalDate expires = LocalDate.now(this.clock).plusYears(2);
		return this.registry.create(PublicityUsers.center(),
				new InstitutionForm("整改通知测试机构" + serial, first17 + CreditCode.checkCharacter(first17),
						InstitutionType.LEVEL, DISTRICT, "整改测备〔2023〕" + serial + "号", expires.minusYears(3), expires,
						"电工", "重庆市渝北区某路 2 号", "测试", "13800007777", null));
	}

}
