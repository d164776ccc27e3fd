package cn.gov.cq.jianping.workbench;

import java.time.LocalDate;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a to-do on the home page leads. */
class HomeLinksTest {

	private static final CurrentUser CENTER = CurrentUser.of(Role.CENTER, null, null);

	@Test
	void theCentersReviewToDoLeadsToTheCenterReviewPage() {
		CaseViews.TodoItem review = new CaseViews.TodoItem(7, "某机构", CaseQueries.CENTER_REVIEW_TASK,
				LocalDate.of(2026, 12, 1), false);
		assertThat(HomeController.hrefOf(CENTER, review)).isEqualTo("/cases/7/center-review");
	}

	@Test
	void theCentersOtherToDosStillLeadToThePanelPage() {
		CaseViews.TodoItem panel = new CaseViews.TodoItem(7, "某机构", "组建专家组", LocalDate.of(2026, 12, 1), false);
		assertThat(HomeController.hrefOf(CENTER, panel)).isEqualTo("/cases/7/panel");
	}

}
