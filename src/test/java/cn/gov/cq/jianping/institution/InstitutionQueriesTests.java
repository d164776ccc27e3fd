package cn.gov.cq.jianping.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.QueryTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's list query on PostgreSQL: the data scope is part of the SQL, together
 * with the search filters, on data this test registers itself (no demo data).
 */
@QueryTest
class InstitutionQueriesTests {

	static final String YUBEI = "500112";

	static final String YUZHONG = "500103";

	@Autowired
	Institutions institutions;

	private Institution yubeiLevel;

	private Institution yubeiOther;

	private Institution yuzhongLevel;

	private Institution cityAppraisal;

	@BeforeEach
	void register() {
		this.yubeiLevel = save("渝北甲评价中心", "52500112MJ0000011", InstitutionType.LEVEL, YUBEI);
		this.yubeiOther = save("渝北乙培训学校", "52500112MJ0000022", InstitutionType.LEVEL, YUBEI);
		this.yuzhongLevel = save("渝中丙评价中心", "52500103MJ0000033", InstitutionType.LEVEL, YUZHONG);
		this.cityAppraisal = save("市级丁鉴定所", "12500000MB0000044", InstitutionType.APPRAISAL, null);
	}

	private Institution save(String name, String first17, InstitutionType type, String district) {
		String code = first17 + CreditCode.checkCharacter(first17);
		return this.institutions.save(new Institution(
				new InstitutionDetails(name, code, type, district, "备〔2025〕" + first17, LocalDate.of(2025, 1, 1),
						LocalDate.of(2028, 1, 1), "电工", "某地", "联系人", "13800001111"),
				Instant.parse("2025-01-01T00:00:00Z")));
	}

	private List<Long> ids(CurrentUser user, InstitutionSearch search) {
		return this.institutions.findAll(InstitutionSpecifications.of(user, search), Sort.by("id"))
			.stream()
			.map(Institution::getId)
			.toList();
	}

	@Test
	void shouldFindEveryInstitutionForTheCenterAndTheBureau() {
		List<Long> all = List.of(this.yubeiLevel.getId(), this.yubeiOther.getId(), this.yuzhongLevel.getId(),
				this.cityAppraisal.getId());
		assertThat(ids(Users.user(Role.CENTER, null, null), InstitutionSearch.none())).containsExactlyElementsOf(all);
		assertThat(ids(Users.user(Role.BUREAU, null, null), InstitutionSearch.none())).containsExactlyElementsOf(all);
	}

	@Test
	void shouldFindOnlyItsOwnDistrictsInstitutionsForADistrict() {
		assertThat(ids(Users.districtUser(YUBEI), InstitutionSearch.none())).containsExactly(this.yubeiLevel.getId(),
				this.yubeiOther.getId());
		// asking for another district's institutions finds none
		assertThat(ids(Users.districtUser(YUBEI), new InstitutionSearch(null, null, YUZHONG, null))).isEmpty();
	}

	@Test
	void shouldFindOnlyItselfForAnInstitution() {
		assertThat(ids(Users.institutionUser(this.yuzhongLevel.getId()), InstitutionSearch.none()))
			.containsExactly(this.yuzhongLevel.getId());
	}

	@Test
	void shouldFindNothingForExpertsAndAdministrators() {
		assertThat(ids(Users.user(Role.EXPERT, null, null), InstitutionSearch.none())).isEmpty();
		assertThat(ids(Users.user(Role.SYSADMIN, null, null), InstitutionSearch.none())).isEmpty();
	}

	@Test
	void shouldCombineTheScopeWithTheSearchFilters() {
		assertThat(ids(Users.districtUser(YUBEI), new InstitutionSearch("评价中心", null, null, null)))
			.containsExactly(this.yubeiLevel.getId());
		assertThat(ids(Users.user(Role.CENTER, null, null),
				new InstitutionSearch(null, InstitutionType.APPRAISAL, null, null)))
			.containsExactly(this.cityAppraisal.getId());
		assertThat(
				ids(Users.user(Role.CENTER, null, null), new InstitutionSearch(null, null, InstitutionForm.CITY, null)))
			.containsExactly(this.cityAppraisal.getId());
		// a LIKE wildcard typed by the user matches itself only
		assertThat(ids(Users.user(Role.CENTER, null, null), new InstitutionSearch("%", null, null, null))).isEmpty();
	}

	@Test
	void shouldPageTheScopedQuery() {
		var page = this.institutions.findAll(
				InstitutionSpecifications.of(Users.districtUser(YUBEI), InstitutionSearch.none()), Pageable.ofSize(1));
		assertThat(page.getTotalElements()).isEqualTo(2);
		assertThat(page.getContent()).hasSize(1);
	}

}
