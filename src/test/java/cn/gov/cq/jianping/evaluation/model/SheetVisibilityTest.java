package cn.gov.cq.jianping.evaluation.model;

import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.identity.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetVisibilityTest {

	@Test
	void anExpertDoesNotSeeAnotherExpertsSheetOrPhotosBeforeSubmittingTheirOwn() {
		SheetVisibility before = new SheetVisibility(Role.EXPERT, "expert1", false);
		assertThat(before.maySeeSheet(SheetKind.EXPERT, "expert2", true)).isFalse();
		assertThat(before.maySeeEvidence(SheetKind.EXPERT, "expert2")).isFalse();
		assertThat(before.maySeeSheet(SheetKind.EXPERT, "expert1", false)).isTrue();
		assertThat(before.maySeeEvidence(SheetKind.EXPERT, "expert1")).isTrue();
	}

	@Test
	void afterSubmittingAnExpertSeesTheOthersSubmittedSheetsAndPhotos() {
		SheetVisibility after = new SheetVisibility(Role.EXPERT, "expert1", true);
		assertThat(after.maySeeSheet(SheetKind.EXPERT, "expert2", true)).isTrue();
		assertThat(after.maySeeSheet(SheetKind.EXPERT, "expert2", false)).isFalse();
		assertThat(after.maySeeEvidence(SheetKind.EXPERT, "expert2")).isTrue();
	}

	@Test
	void expertsSeeTheSelfAndDistrictSheetsOnlyOnceSubmitted() {
		SheetVisibility expert = new SheetVisibility(Role.EXPERT, "expert1", false);
		assertThat(expert.maySeeSheet(SheetKind.SELF, "SELF", false)).isFalse();
		assertThat(expert.maySeeSheet(SheetKind.SELF, "SELF", true)).isTrue();
		assertThat(expert.maySeeSheet(SheetKind.DISTRICT, "DISTRICT", true)).isTrue();
		assertThat(expert.maySeeSheet(SheetKind.PANEL, "PANEL", false)).isTrue();
	}

	@Test
	void theInstitutionSeesItsOwnSheetAndTheDistrictsOpinionOnceReturned() {
		SheetVisibility institution = new SheetVisibility(Role.INSTITUTION, "inst", false);
		assertThat(institution.maySeeSheet(SheetKind.SELF, "SELF", false)).isTrue();
		assertThat(institution.maySeeSheet(SheetKind.DISTRICT, "DISTRICT", false)).isFalse();
		assertThat(institution.maySeeSheet(SheetKind.DISTRICT, "DISTRICT", true)).isTrue();
		assertThat(institution.maySeeSheet(SheetKind.EXPERT, "expert1", true)).isFalse();
		assertThat(institution.maySeeEvidence(SheetKind.SELF, "inst")).isTrue();
		assertThat(institution.maySeeEvidence(SheetKind.EXPERT, "expert1")).isFalse();
	}

	@Test
	void theDistrictSeesTheSubmittedSelfAssessmentAndItsOwnReview() {
		SheetVisibility district = new SheetVisibility(Role.DISTRICT, "district", false);
		assertThat(district.maySeeSheet(SheetKind.SELF, "SELF", false)).isFalse();
		assertThat(district.maySeeSheet(SheetKind.SELF, "SELF", true)).isTrue();
		assertThat(district.maySeeSheet(SheetKind.DISTRICT, "DISTRICT", false)).isTrue();
		assertThat(district.maySeeEvidence(SheetKind.EXPERT, "expert1")).isFalse();
	}

	@Test
	void theCenterAndTheBureauSeeEverythingAndTheAdministratorNothing() {
		for (Role role : new Role[] { Role.CENTER, Role.BUREAU }) {
			SheetVisibility all = new SheetVisibility(role, "x", false);
			assertThat(all.maySeeSheet(SheetKind.EXPERT, "expert1", false)).isTrue();
			assertThat(all.maySeeEvidence(SheetKind.EXPERT, "expert1")).isTrue();
		}
		SheetVisibility admin = new SheetVisibility(Role.SYSADMIN, "admin", false);
		assertThat(admin.maySeeSheet(SheetKind.SELF, "SELF", true)).isFalse();
		assertThat(admin.maySeeEvidence(SheetKind.SELF, "inst")).isFalse();
	}

}
