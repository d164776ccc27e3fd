package cn.gov.cq.jianping.audit;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in user's refused request is a failed 越权访问 in the audit trail, whether the URL
 * rules, a method's role check or the CSRF check refused it; a permitted request and an
 * anonymous visitor sent to the login page add nothing.
 */
@IntegrationTest
class RefusedAccessAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long maxId() {
		Long id = this.jdbc.queryForObject("select max(id) from audit_entry", Long.class);
		return id == null ? 0 : id;
	}

	private long refusals(long after, String detail, String role) {
		return this.jdbc.queryForObject("""
				select count(*) from audit_entry where id > ? and action = '越权访问被拒绝' and result = '失败'
				and detail = ? and actor_role = ?""", Long.class, after, detail, role);
	}

	@Test
	void aPageOutsideTheRoleIsRefusedAndRecorded() throws Exception {
		long before = maxId();
		this.mvc.perform(get("/rounds").with(Users.district("500112"))).andExpect(status().isForbidden());
		assertThat(refusals(before, "GET /rounds：无权访问", "DISTRICT")).isOne();
	}

	@Test
	void aMethodsRoleCheckRefusalIsRecorded() throws Exception {
		long before = maxId();
		this.mvc.perform(get("/supervision/decisions").with(Users.institution(1L))).andExpect(status().isForbidden());
		assertThat(refusals(before, "GET /supervision/decisions：无权访问", "INSTITUTION")).isOne();
	}

	@Test
	void aFormWithoutItsTokenIsRefusedAndRecorded() throws Exception {
		long before = maxId();
		this.mvc.perform(post("/supervision/rectifications").with(Users.center())).andExpect(status().isForbidden());
		assertThat(refusals(before, "POST /supervision/rectifications：表单令牌无效或已过期", "CENTER")).isOne();
	}

	@Test
	void permittedRequestsAndAnonymousVisitorsAddNoRefusal() throws Exception {
		long before = maxId();
		this.mvc.perform(get("/rounds").with(Users.center())).andExpect(status().isOk());
		this.mvc.perform(get("/rounds")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where id > ? and action = '越权访问被拒绝'",
				Long.class, before))
			.isZero();
	}

}
