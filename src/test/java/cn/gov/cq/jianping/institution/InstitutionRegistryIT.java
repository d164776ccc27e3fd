package cn.gov.cq.jianping.institution;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;
import cn.gov.cq.jianping.shared.CreditCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class InstitutionRegistryIT {

	static final String YUBEI = "500112";

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	Institutions institutions;

	private InstitutionView anyInDistrict(String code) {
		return this.registry.all().stream().filter(i -> code.equals(i.districtCode())).findFirst().orElseThrow();
	}

	private InstitutionView anyOutside(String code) {
		return this.registry.all()
			.stream()
			.filter(i -> i.districtCode() != null && !code.equals(i.districtCode()))
			.findFirst()
			.orElseThrow();
	}

	static String code(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	@Test
	void centerCreatesAnInstitutionThroughTheForm() throws Exception {
		String creditCode = code("52500112MJ1234567");
		this.mvc
			.perform(post("/institutions/new").with(Users.center())
				.with(csrf())
				.param("name", "重庆测试创建职业技能评价中心")
				.param("creditCode", creditCode)
				.param("type", "LEVEL")
				.param("authority", YUBEI)
				.param("registrationNumber", "测试备〔2025〕901号")
				.param("registeredOn", "2025-03-01")
				.param("expiresOn", "2028-02-28")
				.param("scopeOccupations", "电工（四级）")
				.param("evaluationSites", "渝北区测试路1号")
				.param("contactPerson", "测试")
				.param("contactPhone", "13812345678"))
			.andExpect(status().is3xxRedirection());
		var saved = this.institutions.findByCreditCode(creditCode).orElseThrow();
		assertThat(saved.getDistrictCode()).isEqualTo(YUBEI);
		assertThat(saved.getStatus()).isEqualTo(InstitutionStatus.NORMAL);
	}

	@Test
	void aBadCreditCodeIsShownBesideTheFieldAndTheInputIsKept() throws Exception {
		long before = this.institutions.count();
		this.mvc
			.perform(post("/institutions/new").with(Users.center())
				.with(csrf())
				.param("name", "保留输入测试机构")
				.param("creditCode", "91350100M000100Y44")
				.param("type", "LEVEL")
				.param("authority", YUBEI)
				.param("registrationNumber", "测试备〔2025〕902号")
				.param("registeredOn", "2025-03-01")
				.param("expiresOn", "2024-02-28")
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("contactPerson", "测试")
				.param("contactPhone", "12345"))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrors("form", "creditCode", "expiresOn", "contactPhone"))
			.andExpect(content().string(containsString("统一社会信用代码校验位错误")))
			.andExpect(content().string(containsString("备案有效期至必须晚于备案日期")))
			.andExpect(content().string(containsString("value=\"保留输入测试机构\"")));
		assertThat(this.institutions.count()).isEqualTo(before);
	}

	@Test
	void aDuplicateCreditCodeIsRefused() throws Exception {
		InstitutionView existing = anyInDistrict(YUBEI);
		this.mvc
			.perform(post("/institutions/new").with(Users.center())
				.with(csrf())
				.param("name", "重复机构")
				.param("creditCode", existing.creditCode())
				.param("type", "LEVEL")
				.param("authority", YUBEI)
				.param("registrationNumber", "测试备〔2025〕903号")
				.param("registeredOn", "2025-03-01")
				.param("expiresOn", "2028-02-28")
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("contactPerson", "测试")
				.param("contactPhone", "13812345678"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "creditCode"))
			.andExpect(content().string(containsString("已在备案机构库中")));
	}

	@Test
	void listSearchesByNameAndFiltersByType() throws Exception {
		InstitutionView some = this.registry.all().get(5);
		this.mvc.perform(get("/institutions").with(Users.bureau()).param("q", some.creditCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(some.name())))
			.andExpect(content().string(containsString("共 <span>1</span> 个机构")));
		var appraisal = this.registry.search(Users.user(Role.CENTER, null, null),
				new InstitutionSearch(null, InstitutionType.APPRAISAL, null, null), Pageable.ofSize(100));
		assertThat(appraisal.getContent()).isNotEmpty().allMatch(i -> i.type() == InstitutionType.APPRAISAL);
		assertThat(appraisal.getContent()).allMatch(i -> i.districtCode() == null);
	}

	@Test
	void aDistrictListsOnlyItsOwnInstitutions() {
		var page = this.registry.search(Users.user(Role.DISTRICT, null, YUBEI), InstitutionSearch.none(),
				Pageable.ofSize(100));
		assertThat(page.getContent()).isNotEmpty().allMatch(i -> YUBEI.equals(i.districtCode()));
		// Even when it asks for another district's institutions, it gets none.
		var other = this.registry.search(Users.user(Role.DISTRICT, null, YUBEI),
				new InstitutionSearch(null, null, anyOutside(YUBEI).districtCode(), null), Pageable.ofSize(100));
		assertThat(other.getContent()).isEmpty();
	}

	@Test
	void aDistrictGets404OnAnotherDistrictsInstitutionAndCannotChangeIt() throws Exception {
		InstitutionView other = anyOutside(YUBEI);
		this.mvc.perform(get("/institutions/{id}", other.id()).with(Users.district(YUBEI)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/institutions/{id}/edit", other.id()).with(Users.district(YUBEI)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/institutions/{id}/status", other.id()).with(Users.district(YUBEI))
				.with(csrf())
				.param("status", "SUSPENDED")
				.param("reason", "越权测试"))
			.andExpect(status().isNotFound());
		assertThat(this.institutions.findById(other.id()).orElseThrow().getStatus()).isEqualTo(other.status());
		this.mvc.perform(get("/institutions/{id}", anyInDistrict(YUBEI).id()).with(Users.district(YUBEI)))
			.andExpect(status().isOk());
	}

	@Test
	void anInstitutionSeesOnlyItself() throws Exception {
		InstitutionView own = anyInDistrict(YUBEI);
		InstitutionView other = anyOutside(YUBEI);
		this.mvc.perform(get("/institutions/{id}", own.id()).with(Users.institution(own.id())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/institutions/{id}", other.id()).with(Users.institution(own.id())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/institutions").with(Users.institution(own.id()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/institutions/export.xlsx").with(Users.institution(own.id())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/institutions/{id}/edit", own.id()).with(Users.institution(own.id())))
			.andExpect(status().isForbidden());
	}

	@Test
	void anExpertCannotOpenTheRegistry() throws Exception {
		this.mvc.perform(get("/institutions").with(Users.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get("/institutions/{id}", anyInDistrict(YUBEI).id()).with(Users.expert()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDistrictCreatesOnlyInItsOwnDistrict() throws Exception {
		String creditCode = code("52500112MJ7654321");
		this.mvc
			.perform(post("/institutions/new").with(Users.district(YUBEI))
				.with(csrf())
				.param("name", "区县登记测试机构")
				.param("creditCode", creditCode)
				.param("type", "LEVEL")
				.param("authority", "500101")
				.param("registrationNumber", "区县测试备〔2025〕001号")
				.param("registeredOn", "2025-03-01")
				.param("expiresOn", "2028-02-28")
				.param("scopeOccupations", "电工")
				.param("evaluationSites", "某地")
				.param("contactPerson", "测试")
				.param("contactPhone", "023-67891234"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.institutions.findByCreditCode(creditCode).orElseThrow().getDistrictCode()).isEqualTo(YUBEI);
	}

	@Test
	void statusChangesAreKeptWithTheirReasons() throws Exception {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		long id = this.registry.create(Users.user(Role.CENTER, null, null),
				new InstitutionForm("状态测试机构" + serial, code("52500112MR" + serial), InstitutionType.LEVEL, YUBEI,
						"状态测备〔2024〕" + serial + "号", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), "电工", "某地",
						"测试", "13800005555", null));
		InstitutionView target = this.registry.find(id).orElseThrow();
		this.mvc
			.perform(post("/institutions/{id}/status", target.id()).with(Users.center())
				.with(csrf())
				.param("status", "RECTIFYING")
				.param("reason", "专项检查发现问题，责令整改")
				.param("version", String.valueOf(target.version())))
			.andExpect(status().is3xxRedirection());
		InstitutionView after = this.registry.get(Users.user(Role.CENTER, null, null), target.id());
		assertThat(after.status()).isEqualTo(InstitutionStatus.RECTIFYING);
		assertThat(after.statusChanges()).singleElement().satisfies(change -> {
			assertThat(change.from()).isEqualTo(InstitutionStatus.NORMAL);
			assertThat(change.reason()).isEqualTo("专项检查发现问题，责令整改");
			assertThat(change.changedBy()).isEqualTo("center");
		});
		// Without a reason nothing changes.
		this.mvc
			.perform(post("/institutions/{id}/status", target.id()).with(Users.center())
				.with(csrf())
				.param("status", "NORMAL")
				.param("reason", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(this.registry.get(Users.user(Role.CENTER, null, null), target.id()).status())
			.isEqualTo(InstitutionStatus.RECTIFYING);
	}

	@Test
	void anEditFromAStaleVersionIsRefusedWithAConflict() throws Exception {
		InstitutionView target = this.registry.all().get(12);
		this.mvc
			.perform(post("/institutions/{id}/edit", target.id()).with(Users.center())
				.with(csrf())
				.param("name", target.name() + "（改）")
				.param("creditCode", target.creditCode())
				.param("type", target.type().name())
				.param("authority", target.districtCode() == null ? "CITY" : target.districtCode())
				.param("registrationNumber", target.registrationNumber())
				.param("registeredOn", target.registeredOn().toString())
				.param("expiresOn", target.expiresOn().toString())
				.param("scopeOccupations", target.scopeOccupations())
				.param("evaluationSites", target.evaluationSites())
				.param("contactPerson", target.contactPerson())
				.param("contactPhone", target.contactPhone())
				.param("version", String.valueOf(target.version() + 7)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改，请刷新后重试")));
		assertThat(this.registry.find(target.id()).orElseThrow().name()).isEqualTo(target.name()).doesNotContain("（改）");
	}

	@Test
	void theDetailsPageDoesNotOfferEditingToAnInstitution() throws Exception {
		InstitutionView own = anyInDistrict(YUBEI);
		this.mvc.perform(get("/institutions/{id}", own.id()).with(Users.institution(own.id())))
			.andExpect(content().string(not(containsString("id=\"edit-institution\""))));
	}

}
