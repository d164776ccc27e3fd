package cn.gov.cq.jianping.shared.web.list;

import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district office is offered only its own district in list filters; city-level users
 * every district.
 */
class ScopedDistrictsTest {

	@Test
	void aDistrictIsOfferedItsOwnDistrictOnlyAndNoCityEntry() {
		assertThat(ScopedDistricts.options("500112")).extracting(District::code).containsExactly("500112");
		assertThat(ScopedDistricts.offersCity("500112")).isFalse();
	}

	@Test
	void cityLevelUsersAreOfferedEveryDistrict() {
		assertThat(ScopedDistricts.options(null)).hasSameSizeAs(Districts.all().list()).hasSizeGreaterThan(30);
		assertThat(ScopedDistricts.offersCity(null)).isTrue();
	}

	@Test
	void aDistrictAskingForAnotherDistrictGetsItsOwn() {
		assertThat(ScopedDistricts.chosen("500101", "500112")).isEqualTo("500112");
		assertThat(ScopedDistricts.chosen("", "500112")).isEmpty();
		assertThat(ScopedDistricts.chosen("500101", null)).isEqualTo("500101");
	}

}
