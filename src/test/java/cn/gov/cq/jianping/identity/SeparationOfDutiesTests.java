package cn.gov.cq.jianping.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 三员分立: the system administrator manages accounts and sees no business page and no audit
 * record; the auditor reads the records and changes nothing; the security administrator
 * sees neither; no person holds two of the three roles.
 */
@IntegrationTest
class SeparationOfDutiesTests {

	/** Business pages and downloads, one or more per module. */
	static final List<String> BUSINESS_PAGES = List.of("/institutions", "/institutions/1", "/institutions/export.xlsx",
			"/institutions/new", "/cases", "/cases/export", "/rounds", "/experts", "/publicity", "/objections",
			"/announcements", "/supervision", "/supervision/rectifications", "/supervision/rectifications/export.csv",
			"/supervision/decisions", "/dashboard", "/renewals", "/rubrics", "/rule-sets", "/home/bureau",
			"/home/center");

	static final List<String> AUDIT_PAGES = List.of("/audit", "/audit/logins", "/audit/export.xlsx", "/home/auditor");

	/** State-changing forms of every kind: accounts, settings, business. */
	static final List<String> STATE_CHANGES = List.of("/admin/accounts", "/security/settings", "/institutions/new",
			"/institutions/1/edit", "/rounds/new", "/cases/1/approve", "/publicity", "/rule-sets",
			"/supervision/rectifications", "/notices", "/renewals", "/experts");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void theSystemAdministratorReachesNoBusinessPageAndNoAuditRecord() throws Exception {
		for (String page : BUSINESS_PAGES) {
			expectForbidden(get(page), Users.sysadmin(), page);
		}
		for (String page : AUDIT_PAGES) {
			expectForbidden(get(page), Users.sysadmin(), page);
		}
		this.mvc.perform(get("/admin/accounts").with(Users.sysadmin())).andExpect(status().isOk());
		this.mvc.perform(get("/home/sysadmin").with(Users.sysadmin())).andExpect(status().isOk());
	}

	@Test
	void theSecurityAdministratorReachesNoBusinessPageNoAccountAndNoAuditRecord() throws Exception {
		for (String page : BUSINESS_PAGES) {
			expectForbidden(get(page), Users.secadmin(), page);
		}
		for (String page : AUDIT_PAGES) {
			expectForbidden(get(page), Users.secadmin(), page);
		}
		expectForbidden(get("/admin/accounts"), Users.secadmin(), "/admin/accounts");
		this.mvc.perform(get("/home/secadmin").with(Users.secadmin())).andExpect(status().isOk());
	}

	@Test
	void theAuditorChangesNothing() throws Exception {
		for (String form : STATE_CHANGES) {
			expectForbidden(post(form).with(csrf()).param("username", "auditor2").param("name", "越权"), Users.auditor(),
					form);
		}
		for (String page : BUSINESS_PAGES) {
			expectForbidden(get(page), Users.auditor(), page);
		}
		expectForbidden(get("/admin/accounts"), Users.auditor(), "/admin/accounts");
		assertThat(this.accounts.exists("auditor2")).isFalse();
		this.mvc.perform(get("/home/auditor").with(Users.auditor())).andExpect(status().isOk());
	}

	@Test
	void businessRolesReachNoAdministratorsPage() throws Exception {
		for (RequestPostProcessor user : List.of(Users.bureau(), Users.center(), Users.district("500112"))) {
			for (String page : List.of("/home/sysadmin", "/home/secadmin", "/home/auditor", "/admin/accounts")) {
				expectForbidden(get(page), user, page);
			}
		}
	}

	@Test
	void noPersonHoldsTwoOfTheThreeAdministratorRoles() {
		this.accounts
			.create(new Accounts.NewAccount("zhangsan-sys", "Right#2026", "张三（信息科）", Role.SYSADMIN, null, null));
		assertThatThrownBy(() -> this.accounts
			.create(new Accounts.NewAccount("zhangsan-audit", "Right#2026", "张三（信息科）", Role.AUDITOR, null, null)))
			.isInstanceOf(Accounts.AccountRejectedException.class)
			.hasMessageContaining("三员分立")
			.extracting(ex -> ((Accounts.AccountRejectedException) ex).field())
			.isEqualTo("role");
		assertThatThrownBy(() -> this.accounts
			.create(new Accounts.NewAccount("zhangsan-sec", "Right#2026", "张三（信息科）", Role.SECADMIN, null, null)))
			.isInstanceOf(Accounts.AccountRejectedException.class);
		assertThat(this.accounts.exists("zhangsan-audit")).isFalse();
		assertThat(this.accounts.exists("zhangsan-sec")).isFalse();
		// the same role twice, or a business role, is not a second administrator role
		this.accounts
			.create(new Accounts.NewAccount("zhangsan-sys2", "Right#2026", "张三（信息科）", Role.SYSADMIN, null, null));
		this.accounts.create(new Accounts.NewAccount("lisi-audit", "Right#2026", "李四（审计科）", Role.AUDITOR, null, null));
		assertThat(this.accounts.exists("lisi-audit")).isTrue();
	}

	private void expectForbidden(MockHttpServletRequestBuilder request, RequestPostProcessor user, String what)
			throws Exception {
		int status = this.mvc.perform(request.with(user)).andReturn().getResponse().getStatus();
		assertThat(status).as(what).isEqualTo(403);
	}

}
