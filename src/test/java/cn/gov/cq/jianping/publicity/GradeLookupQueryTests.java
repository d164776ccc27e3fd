package cn.gov.cq.jianping.publicity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.QueryTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public lookup's totals: a short page that is not past the end carries its own total
 * (no count statement), every other page is counted, and both agree with the rows that
 * match, on data this test writes itself (no demo data).
 */
@QueryTest
class GradeLookupQueryTests {

	@Autowired
	JdbcTemplate jdbc;

	private GradeLookup lookup;

	@BeforeEach
	void sevenGradesOfInstitutionsNamedForTheTest() {
		this.lookup = new GradeLookup(this.jdbc, null, Clock.systemUTC());
		Instant now = Instant.now();
		for (int i = 0; i < 7; i++) {
			String first17 = "52500000QT" + String.format("%07d", i);
			Long id = this.jdbc.queryForObject("""
					insert into institution (name, credit_code, type, registration_number, registered_on, expires_on,
					    scope_occupations, evaluation_sites, contact_person, contact_phone, created_at, updated_at)
					values (?, ?, 'APPRAISAL', ?, date '2024-01-01', date '2030-01-01', '电工', '某地', '测试', '13800000000',
					    now(), now()) returning id""", Long.class, "总数测试机构" + i,
					first17 + CreditCode.checkCharacter(first17), "总数测试〔2024〕" + i + "号");
			this.jdbc.update(
					"""
							insert into confirmed_grade (source, institution_id, credit_code, institution_name, institution_type,
							    grade, round_year, confirmed_at)
							values ('DOWNGRADE', ?, ?, ?, '考核鉴定机构', 'QUALIFIED', 2026, ?)""",
					id, first17 + CreditCode.checkCharacter(first17), "总数测试机构" + i, Timestamp.from(now.plusSeconds(i)));
		}
	}

	@Test
	void aShortFirstPageCountsItsOwnRows() {
		GradeLookup.Page page = this.lookup.query("总数测试", null, null, null, null, 0, 20);
		assertThat(page.items()).hasSize(7);
		assertThat(page.total()).isEqualTo(7);
	}

	@Test
	void aShortLastPageAddsTheRowsBeforeIt() {
		GradeLookup.Page page = this.lookup.query("总数测试", null, null, null, null, 1, 5);
		assertThat(page.items()).hasSize(2);
		assertThat(page.total()).isEqualTo(7);
	}

	@Test
	void aFullPageIsCounted() {
		GradeLookup.Page page = this.lookup.query("总数测试", null, null, null, null, 0, 5);
		assertThat(page.items()).hasSize(5);
		assertThat(page.total()).isEqualTo(7);
		GradeLookup.Page exact = this.lookup.query("总数测试", null, null, null, null, 0, 7);
		assertThat(exact.items()).hasSize(7);
		assertThat(exact.total()).isEqualTo(7);
	}

	@Test
	void aPagePastTheEndIsCountedRatherThanGuessed() {
		GradeLookup.Page page = this.lookup.query("总数测试", null, null, null, null, 3, 5);
		assertThat(page.items()).isEmpty();
		assertThat(page.total()).isEqualTo(7);
	}

	@Test
	void noMatchIsZero() {
		GradeLookup.Page page = this.lookup.query("不存在的机构名称", null, null, null, null, 0, 20);
		assertThat(page.items()).isEmpty();
		assertThat(page.total()).isZero();
	}

	@Test
	void theTrigramIndexCoversNameAndCreditCodeOfTheLatestGrades() {
		String definition = this.jdbc.queryForObject(
				"select indexdef from pg_indexes where indexname = 'confirmed_grade_search_trgm'", String.class);
		assertThat(definition).contains("gin_trgm_ops").contains("upper").contains("credit_code").contains("latest");
	}

}
