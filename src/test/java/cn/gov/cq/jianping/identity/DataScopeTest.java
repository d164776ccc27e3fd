package cn.gov.cq.jianping.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTest {

	@Test
	void theCenterAndTheBureauSeeEveryInstitution() {
		assertThat(DataScope.of(CurrentUser.of(Role.CENTER, null, null)).includes(7L, "500112")).isTrue();
		assertThat(DataScope.of(CurrentUser.of(Role.BUREAU, null, null)).includes(7L, null)).isTrue();
	}

	@Test
	void aDistrictOfficeSeesOnlyInstitutionsRegisteredInItsDistrict() {
		DataScope yubei = DataScope.of(CurrentUser.of(Role.DISTRICT, null, "500112"));
		assertThat(yubei.includes(7L, "500112")).isTrue();
		assertThat(yubei.includes(7L, "500103")).isFalse();
		assertThat(yubei.includes(7L, null)).isFalse();
	}

	@Test
	void anInstitutionSeesOnlyItself() {
		DataScope own = DataScope.of(CurrentUser.of(Role.INSTITUTION, 7L, null));
		assertThat(own.includes(7L, "500112")).isTrue();
		assertThat(own.includes(8L, "500112")).isFalse();
	}

	@Test
	void expertsAndAdministratorsSeeNoBusinessDataThroughTheScope() {
		assertThat(DataScope.of(CurrentUser.of(Role.EXPERT, null, null)).isNone()).isTrue();
		assertThat(DataScope.of(CurrentUser.of(Role.SYSADMIN, null, null)).includes(7L, "500112")).isFalse();
		assertThat(DataScope.of(CurrentUser.of(Role.DISTRICT, null, null)).isNone()).isTrue();
	}

}
