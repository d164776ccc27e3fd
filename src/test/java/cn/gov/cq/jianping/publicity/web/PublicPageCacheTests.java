package cn.gov.cq.jianping.publicity.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rendered lookup page is kept briefly for anonymous visitors and dropped when grades
 * change.
 */
@IntegrationTest
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	GradeLookup lookup;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache cache;

	private String page(String q) throws Exception {
		return this.mvc.perform(get("/public/institutions").param("q", q))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anAnonymousLookupIsServedFromTheCacheUntilAGradeChanges() throws Exception {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String name = "缓存测试机构" + serial;
		String first17 = "52500000MT" + serial;
		long id = this.registry.create(Users.user(Role.CENTER, null, null),
				new InstitutionForm(name, first17 + CreditCode.checkCharacter(first17), InstitutionType.APPRAISAL,
						"CITY", "缓存测备〔2024〕" + serial + "号", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), "电工",
						"某地", "测试", "13800006666", null));
		assertThat(page(serial)).doesNotContain(name);

		// A grade written behind the lookup's back stays unseen by anonymous visitors
		// until eviction...
		this.jdbc.update("""
				insert into confirmed_grade (entry_id, institution_id, credit_code, institution_name, institution_type,
				    district_code, grade, round_year, confirmed_at)
				values (null, ?, ?, ?, '考核鉴定机构', null, 'QUALIFIED', 2026, ?)""", id,
				first17 + CreditCode.checkCharacter(first17), name, Timestamp.from(Instant.now()));
		assertThat(page(serial)).doesNotContain(name);
		// ...while a signed-in user is never handed the anonymous visitors' page.
		assertThat(this.mvc.perform(get("/public/institutions").param("q", serial).with(Users.bureau()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"logout\"");

		this.lookup.evictAll();
		assertThat(page(serial)).contains(name);
	}

	@Test
	void aPageWithAParameterTheLookupDoesNotReadIsRenderedButNotKept() throws Exception {
		String q = "未知参数" + System.nanoTime();
		int before = this.cache.size();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/public/institutions").param("q", q).param("nc", String.valueOf(i)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"lookup-table\"")));
		}
		assertThat(this.cache.size()).as("made-up parameters fill no cache").isEqualTo(before);
		page(q);
		assertThat(this.cache.size()).as("the same search without them is kept").isEqualTo(before + 1);
	}

}
