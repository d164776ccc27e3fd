package cn.gov.cq.jianping.shared.web.nav;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The left menu by role and the breadcrumbs by path.
 */
class NavigationTest {

	private static List<String> hrefs(List<Menu.Section> sections) {
		return sections.stream().flatMap(s -> s.items().stream()).map(Menu.Item::href).toList();
	}

	@Test
	void theDistrictSeesItsOwnEntriesAndNotTheRoundsOrAccounts() {
		List<String> hrefs = hrefs(Menu.of(List.of("ROLE_DISTRICT")));
		assertThat(hrefs).contains("/institutions", "/cases", "/supervision", "/dashboard", "/messages", "/notices");
		assertThat(hrefs).doesNotContain("/rounds", "/admin/accounts", "/publicity", "/experts");
	}

	@Test
	void theBureauSeesPublicityAndDashboardsAndTheExpertOnlyCases() {
		assertThat(hrefs(Menu.of(List.of("ROLE_BUREAU")))).contains("/publicity", "/dashboard", "/rounds");
		assertThat(hrefs(Menu.of(List.of("ROLE_EXPERT")))).containsExactly("/", "/cases", "/rubrics", "/messages",
				"/notices");
	}

	@Test
	void aRoleWithoutARowStillGetsAMenuSoRetiringOrAddingARoleBreaksNothing() {
		assertThat(hrefs(Menu.of(List.of("ROLE_RETIRED")))).containsExactly("/", "/messages", "/notices");
		assertThat(hrefs(Menu.of(List.of()))).contains("/");
	}

	@Test
	void theThreeAdministratorsSeeOnlyTheirOwnWork() {
		assertThat(hrefs(Menu.of(List.of("ROLE_SYSADMIN")))).containsExactly("/", "/admin/accounts", "/messages",
				"/notices");
		assertThat(hrefs(Menu.of(List.of("ROLE_SECADMIN")))).containsExactly("/", "/messages", "/notices");
		assertThat(hrefs(Menu.of(List.of("ROLE_AUDITOR")))).containsExactly("/", "/audit", "/audit/logins", "/messages",
				"/notices");
		assertThat(hrefs(Menu.of(List.of("ROLE_ADMIN")))).doesNotContain("/admin/accounts", "/institutions");
	}

	@Test
	void theLongestMatchingEntryIsActive() {
		List<Menu.Section> center = Menu.of(List.of("ROLE_CENTER"));
		assertThat(Menu.activeHref(center, "/supervision/rectifications/5")).isEqualTo("/supervision/rectifications");
		assertThat(Menu.activeHref(center, "/supervision")).isEqualTo("/supervision");
		assertThat(Menu.activeHref(center, "/home/center")).isEqualTo("/");
		assertThat(Menu.activeHref(center, "/casesx")).isNull();
	}

	@Test
	void breadcrumbsFollowThePathWithTheCurrentPageLast() {
		assertThat(Breadcrumbs.of("/supervision/rectifications/12")).containsExactly(new Breadcrumbs.Crumb("工作台", "/"),
				new Breadcrumbs.Crumb("分类监管", "/supervision"),
				new Breadcrumbs.Crumb("限期整改", "/supervision/rectifications"), new Breadcrumbs.Crumb("详情", null));
		assertThat(Breadcrumbs.of("/institutions")).containsExactly(new Breadcrumbs.Crumb("工作台", "/"),
				new Breadcrumbs.Crumb("备案机构库", null));
	}

	@Test
	void homeAndLoginHaveNoBreadcrumbsAndUnknownPathsNoneEither() {
		assertThat(Breadcrumbs.of("/")).isEmpty();
		assertThat(Breadcrumbs.of("/home/center")).isEmpty();
		assertThat(Breadcrumbs.of("/login")).isEmpty();
		assertThat(Breadcrumbs.of("/unknown")).isEmpty();
		assertThat(Breadcrumbs.of(null)).isEmpty();
	}

}
