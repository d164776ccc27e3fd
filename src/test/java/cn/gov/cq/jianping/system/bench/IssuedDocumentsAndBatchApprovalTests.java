package cn.gov.cq.jianping.system.bench;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.document.Sha256;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.support.StatementCountTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Official documents are made once and served from storage; batch approval of a filtered
 * selection of 5,000 cases is one transaction with a bounded number of statements.
 */
@StatementCountTest
class IssuedDocumentsAndBatchApprovalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	Clock clock;

	@Test
	void announcementDocumentsAreServedFromStorageAndNeverChange() throws Exception {
		long id = this.jdbc.queryForObject("select max(id) from announcement", Long.class);
		for (String kind : new String[] { "pdf", "xlsx" }) {
			String url = "/public/announcements/" + id + "." + kind;
			MvcResult first = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
			byte[] served = first.getResponse().getContentAsByteArray();
			String stored = this.jdbc.queryForObject(
					"select sha256 from issued_document where kind = ? and subject_id = ?", String.class,
					kind.equals("pdf") ? "ANNOUNCEMENT_PDF" : "ANNOUNCEMENT_XLSX", id);
			assertThat(Sha256.hex(served)).isEqualTo(stored);
			assertThat(first.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + stored + "\"");
			assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000")
				.contains("immutable");

			// The data behind it changes: the issued document does not.
			this.jdbc.update("update confirmed_grade set institution_name = institution_name || '（更名）'"
					+ " where announcement_id = ?", id);
			long before = this.counter.countOnThisThread();
			MvcResult second = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
			long statements = this.counter.countOnThisThread() - before;
			assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(served);
			// One read of the stored document: no query of the grades, so no generation.
			assertThat(statements).isLessThanOrEqualTo(2);

			this.mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, "\"" + stored + "\""))
				.andExpect(status().isNotModified());
			this.mvc.perform(get("/public/announcements/" + id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(stored)));
		}
	}

	@Test
	void fiveThousandFilteredCasesAreApprovedInOneTransaction() throws Exception {
		long round = BenchData.addToCurrentRound(this.jdbc, this.clock.instant(), 100_000, 8_100);
		// Five in eight seeded cases are before the bureau's stage (8,100 give 5,062).
		// Those
		// already awaiting the bureau fall outside the filter (grade BASIC); 5,000 others
		// are
		// made to await it with grade QUALIFIED.
		this.jdbc.update("update evaluation_case set initial_grade = 'BASIC' where round_id = ?"
				+ " and stage = 'BUREAU_REVIEW'", round);
		this.jdbc.update(
				"""
						update evaluation_case set stage = 'BUREAU_REVIEW', initial_total = 80.01, initial_grade = 'QUALIFIED'
						where id in (select id from evaluation_case where round_id = ? and stage not in ('APPROVED', 'BUREAU_REVIEW')
						             order by id limit 5000)""",
				round);
		long events = this.jdbc.queryForObject("select count(*) from case_event", Long.class);
		var bureau = Users.as(Users.named("bureau", "市人力社保局", Role.BUREAU, null, null));
		String url = "/rounds/" + round + "/review/approve-filtered";

		// Shown 4,999 but 5,000 match: nothing at all is approved.
		this.mvc.perform(post(url).param("grade", "QUALIFIED").param("expected", "4999").with(csrf()).with(bureau))
			.andExpect(status().is3xxRedirection());
		assertThat(approvedQualified(round)).isZero();

		// Only the bureau may approve.
		this.mvc
			.perform(post(url).param("grade", "QUALIFIED")
				.param("expected", "5000")
				.with(csrf())
				.with(Users.as(Users.named("center", "中心", Role.CENTER, null, null))))
			.andExpect(status().isForbidden());
		assertThat(approvedQualified(round)).isZero();

		long before = this.counter.countOnThisThread();
		this.mvc.perform(post(url).param("grade", "QUALIFIED").param("expected", "5000").with(csrf()).with(bureau))
			.andExpect(status().is3xxRedirection());
		long statements = this.counter.countOnThisThread() - before;
		System.out.println("batch approval of 5000 filtered cases: " + statements + " statements");
		assertThat(approvedQualified(round)).isEqualTo(5000);
		assertThat(this.jdbc.queryForObject("select count(*) from case_event", Long.class) - events).isEqualTo(5000);
		assertThat(this.jdbc.queryForObject("select count(*) from evaluation_case where round_id = ?"
				+ " and stage = 'BUREAU_REVIEW' and initial_grade = 'BASIC'", Long.class, round))
			.isPositive();
		assertThat(statements).isLessThanOrEqualTo(10);
		// each approval's audit row names the role and the client address, as a single
		// one
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_entry where action = '审核通过' and detail like '%（批量）'
				and actor = 'bureau' and actor_role = 'BUREAU' and client_address = '127.0.0.1' and result = '成功'""",
				Long.class))
			.isGreaterThanOrEqualTo(5000);
	}

	private long approvedQualified(long round) {
		// 80.01 marks the 5,000 (seeded totals are whole numbers).
		return this.jdbc.queryForObject("select count(*) from evaluation_case where round_id = ? and stage = 'APPROVED'"
				+ " and initial_total = 80.01 and approved_total = 80.01", Long.class, round);
	}

}
