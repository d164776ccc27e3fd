package cn.gov.cq.jianping.supervision.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import cn.gov.cq.jianping.document.Sha256;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.SpotChecks;
import cn.gov.cq.jianping.supervision.Rectifications;
import cn.gov.cq.jianping.supervision.SupervisionDecisions;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 分类监管 pages on institutions of their own: who may open what (403 by role, 404
 * outside the data scope), rectification reported and verified, a bureau decision
 * changing the registry, the PDFs, a draw that shows its seed and verifies, and the
 * to-dos on the home pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	Rectifications rectifications;

	@Autowired
	SupervisionDecisions decisions;

	@Autowired
	SpotChecks spotChecks;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	SupervisionFixture fixture;

	/** 基本合格 in Yubei: suspended with an open order. */
	long yubeiBasic;

	long yubeiOrder;

	/** 基本合格 in Yuzhong: another district's, another institution's order. */
	long yuzhongBasic;

	long yuzhongOrder;

	/** 优秀 at city level. */
	long excellent;

	@BeforeAll
	void institutions() {
		this.fixture = new SupervisionFixture(this.registry, this.events, this.transactions, this.clock);
		this.yubeiBasic = this.fixture.institution("渝北基本合格", SupervisionFixture.YUBEI);
		this.yuzhongBasic = this.fixture.institution("渝中基本合格", SupervisionFixture.YUZHONG);
		this.excellent = this.fixture.institution("市级优秀", null);
		this.fixture.confirm(this.yubeiBasic, Grade.BASIC);
		this.fixture.confirm(this.yuzhongBasic, Grade.BASIC);
		this.fixture.confirm(this.excellent, Grade.EXCELLENT);
		this.yubeiOrder = orderOf(this.yubeiBasic);
		this.yuzhongOrder = orderOf(this.yuzhongBasic);
	}

	private long orderOf(long institutionId) {
		return this.rectifications.visibleTo(SupervisionFixture.CENTER)
			.stream()
			.filter(o -> o.institutionId() == institutionId)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void expertsAreForbiddenEverySupervisionPage() throws Exception {
		for (String path : new String[] { "/supervision", "/supervision/rectifications",
				"/supervision/rectifications/" + this.yubeiOrder, "/supervision/decisions", "/supervision/inspections",
				"/supervision/draws", "/supervision/institutions/" + this.yubeiBasic + "/complaints",
				"/supervision/institutions/" + this.yubeiBasic + "/standing",
				"/supervision/institutions/" + this.excellent + "/plaque.pdf" }) {
			this.mvc.perform(get(path).with(Users.expert())).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/supervision/rectifications/{id}/report", this.yubeiOrder).param("report", "冒名")
				.with(Users.expert())
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void institutionsSeeOnlyTheirOwnOrdersAndNoStaffPages() throws Exception {
		this.mvc.perform(get("/supervision/rectifications").with(Users.institution(this.yubeiBasic)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/supervision/rectifications/" + this.yubeiOrder + "\""),
					not(containsString("/supervision/rectifications/" + this.yuzhongOrder + "\"")),
					not(containsString("id=\"issue-form\"")))));
		this.mvc
			.perform(
					get("/supervision/rectifications/{id}", this.yuzhongOrder).with(Users.institution(this.yubeiBasic)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/supervision/rectifications/{id}/report", this.yuzhongOrder).param("report", "冒名")
				.with(Users.institution(this.yubeiBasic))
				.with(csrf()))
			.andExpect(status().isNotFound());
		for (String path : new String[] { "/supervision", "/supervision/decisions", "/supervision/draws",
				"/supervision/inspections", "/supervision/institutions/" + this.yubeiBasic + "/complaints" }) {
			this.mvc.perform(get(path).with(Users.institution(this.yubeiBasic))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/supervision/rectifications").param("institutionId", String.valueOf(this.yubeiBasic))
				.param("reason", "自己给自己发")
				.param("deadline", LocalDate.now().plusDays(30).toString())
				.with(Users.institution(this.yubeiBasic))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/supervision/institutions/{id}/standing", this.yuzhongBasic)
				.with(Users.institution(this.yubeiBasic)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDistrictSeesOnlyItsInstitutionsOrdersAndComplaints() throws Exception {
		this.mvc.perform(get("/supervision/rectifications").with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/supervision/rectifications/" + this.yubeiOrder + "\""),
					not(containsString("/supervision/rectifications/" + this.yuzhongOrder + "\"")))));
		this.mvc
			.perform(get("/supervision/rectifications/{id}", this.yuzhongOrder)
				.with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/supervision/institutions/{id}/complaints", this.yuzhongBasic)
				.with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/supervision/institutions/{id}/complaints", this.yuzhongBasic).param("source", "来电")
				.param("content", "越权")
				.param("receivedOn", LocalDate.now().toString())
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/supervision").with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-" + this.yubeiOrder + "\""),
					not(containsString("id=\"order-" + this.yuzhongOrder + "\"")))));
	}

	@Test
	void aComplaintIsRecordedAndVerifiedOnItsPageWithErrorsInline() throws Exception {
		long target = this.fixture.institution("投诉", SupervisionFixture.YUBEI);
		String path = "/supervision/institutions/" + target + "/complaints";
		this.mvc
			.perform(post(path).param("source", "12333 热线")
				.param("content", "")
				.param("receivedOn", LocalDate.now().toString())
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"complaint-error\""), containsString("请填写投诉举报来源和内容"),
					containsString("value=\"12333 热线\""))));
		this.mvc
			.perform(post(path).param("source", "12333 热线")
				.param("content", "考场存在替考")
				.param("receivedOn", LocalDate.now().toString())
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(redirectedUrl(path));
		MvcResult page = this.mvc.perform(get(path).with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("考场存在替考"), containsString("待核查"))))
			.andReturn();
		String html = page.getResponse().getContentAsString();
		String complaintId = html.replaceAll("(?s).*id=\"complaint-(\\d+)\".*", "$1");
		this.mvc
			.perform(post(path + "/" + complaintId + "/verify").param("verified", "true")
				.param("result", "")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"verify-error-" + complaintId + "\""), containsString("请填写核查结果"))));
		this.mvc
			.perform(post(path + "/" + complaintId + "/verify").param("verified", "true")
				.param("result", "调阅监控属实")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(redirectedUrl(path));
		this.mvc.perform(get(path).with(Users.center()))
			.andExpect(content().string(allOf(containsString("经核查属实"), containsString("调阅监控属实"))));
	}

	@Test
	void theInstitutionReportsAndTheDistrictVerifiesOnThePages() throws Exception {
		long basic = this.fixture.institution("整改", SupervisionFixture.YUBEI);
		this.fixture.confirm(basic, Grade.BASIC);
		long order = orderOf(basic);
		assertThat(this.registry.find(basic).orElseThrow().status()).isEqualTo(InstitutionStatus.SUSPENDED);

		this.mvc.perform(get("/home/institution").with(Users.institution(basic)))
			.andExpect(content().string(allOf(containsString("id=\"todo-rect-" + order + "\""),
					containsString("提交整改报告"), containsString("/supervision/rectifications/" + order))));
		this.mvc.perform(get("/supervision/rectifications/{id}", order).with(Users.institution(basic)))
			.andExpect(content().string(allOf(containsString("id=\"report-form\""), containsString("data-confirm="))));
		this.mvc
			.perform(post("/supervision/rectifications/{id}/report", order).param("report", "  ")
				.with(Users.institution(basic))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"report-error\""), containsString("请填写整改报告"))));
		this.mvc
			.perform(post("/supervision/rectifications/{id}/report", order).param("report", "已补齐考务记录并开展全员培训")
				.with(Users.institution(basic))
				.with(csrf()))
			.andExpect(redirectedUrl("/supervision/rectifications/" + order));

		this.mvc.perform(get("/home/district").with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(content()
				.string(allOf(containsString("id=\"todo-rect-" + order + "\""), containsString("验收整改报告"))));
		this.mvc.perform(get("/supervision/rectifications/{id}", order).with(Users.institution(basic)))
			.andExpect(content().string(allOf(containsString("已补齐考务记录并开展全员培训"),
					not(containsString("id=\"report-form\"")), not(containsString("id=\"verify-form\"")))));
		this.mvc
			.perform(post("/supervision/rectifications/{id}/verify", order).param("accepted", "true")
				.with(Users.institution(basic))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/supervision/rectifications/{id}/verify", order).param("accepted", "true")
				.with(Users.district(SupervisionFixture.YUZHONG))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/supervision/rectifications/{id}/verify", order).param("accepted", "true")
				.param("note", "")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"verify-error\""), containsString("请填写验收意见"),
					containsString("id=\"accepted-true\" checked"))));
		this.mvc
			.perform(post("/supervision/rectifications/{id}/verify", order).param("accepted", "true")
				.param("note", "现场复查整改到位")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(redirectedUrl("/supervision/rectifications/" + order));
		assertThat(this.registry.find(basic).orElseThrow().status()).isEqualTo(InstitutionStatus.NORMAL);
		this.mvc.perform(get("/supervision/rectifications/{id}", order).with(Users.institution(basic)))
			.andExpect(content().string(allOf(containsString("整改验收通过"), containsString("现场复查整改到位"))));
	}

	@Test
	void staffIssueAnOrderWithErrorsInlineAndInputKept() throws Exception {
		long target = this.fixture.institution("发通知", SupervisionFixture.YUBEI);
		this.mvc
			.perform(post("/supervision/rectifications").param("institutionId", String.valueOf(target))
				.param("reason", "专项抽查发现考务档案缺失")
				.param("deadline", LocalDate.now().toString())
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("整改期限须晚于今天"), containsString("专项抽查发现考务档案缺失"),
					containsString("value=\"" + target + "\" selected"))));
		this.mvc
			.perform(post("/supervision/rectifications").param("institutionId", String.valueOf(target))
				.param("reason", "专项抽查发现考务档案缺失")
				.param("deadline", LocalDate.now().plusDays(30).toString())
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/supervision/rectifications/*"));
		this.mvc
			.perform(post("/supervision/rectifications").param("institutionId", String.valueOf(this.yuzhongBasic))
				.param("reason", "越权")
				.param("deadline", LocalDate.now().plusDays(30).toString())
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBureauDecidesOnThePageAndTheRegistryFollows() throws Exception {
		long target = this.fixture.institution("处理", null);
		this.fixture.confirm(target, Grade.QUALIFIED);
		this.mvc
			.perform(post("/supervision/decisions").param("institutionId", String.valueOf(target))
				.param("kind", "SUSPEND")
				.param("grounds", "")
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"propose-error\""), containsString("请写明事实和依据"),
					containsString("value=\"SUSPEND\" selected"))));
		this.mvc
			.perform(post("/supervision/decisions").param("institutionId", String.valueOf(target))
				.param("kind", "DOWNGRADE")
				.param("newGrade", "EXCELLENT")
				.param("grounds", "质量下降")
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新的等级须低于当前等级")));
		MvcResult proposed = this.mvc
			.perform(post("/supervision/decisions").param("institutionId", String.valueOf(target))
				.param("kind", "SUSPEND")
				.param("grounds", "专项检查发现考评人员不足，管理服务质量明显下降")
				.with(Users.center())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/supervision/decisions/*"))
			.andReturn();
		String path = proposed.getResponse().getRedirectedUrl();
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

		this.mvc.perform(get("/home/bureau").with(Users.bureau()))
			.andExpect(content()
				.string(allOf(containsString("id=\"todo-decision-" + id + "\""), containsString("决定：暂停评价活动"))));
		this.mvc.perform(get(path).with(Users.center()))
			.andExpect(content().string(allOf(containsString("待市人力社保局决定"), not(containsString("id=\"decide-form\"")))));
		this.mvc
			.perform(post(path + "/decide").param("adopt", "true")
				.param("reason", "中心无权决定")
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("id=\"decide-form\""),
					containsString("data-confirm=\"决定将改变机构备案状态或等级，并生成处理决定书\""))));
		this.mvc
			.perform(
					post(path + "/decide").param("adopt", "true").param("reason", "").with(Users.bureau()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"decide-error\""), containsString("请写明决定理由"))));
		assertThat(this.registry.find(target).orElseThrow().status()).isEqualTo(InstitutionStatus.NORMAL);
		this.mvc
			.perform(post(path + "/decide").param("adopt", "true")
				.param("reason", "依第二十条暂停评价活动")
				.with(Users.bureau())
				.with(csrf()))
			.andExpect(redirectedUrl(path));
		assertThat(this.registry.find(target).orElseThrow().status()).isEqualTo(InstitutionStatus.SUSPENDED);

		MvcResult pdf = this.mvc.perform(get(path + ".pdf").with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andReturn();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		this.mvc.perform(get(path + ".pdf").with(Users.institution(target))).andExpect(status().isOk());
		this.mvc.perform(get(path + ".pdf").with(Users.institution(this.yubeiBasic))).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(Users.district(SupervisionFixture.YUBEI))).andExpect(status().isNotFound());
	}

	@Test
	void theStandingShowsTheIncentivesAndTheExcellentInstitutionDownloadsItsPlaque() throws Exception {
		this.mvc
			.perform(get("/supervision/institutions/{id}/standing", this.excellent)
				.with(Users.institution(this.excellent)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("优秀"), containsString("免于日常检查"), containsString("备案延续免于技术评估"),
							containsString("备案到期再次申请备案免于技术评估"), containsString("hx-swap-oob=\"true\""),
							containsString("/supervision/institutions/" + this.excellent + "/plaque.pdf"))));
		this.mvc
			.perform(get("/supervision/institutions/{id}/standing", this.yubeiBasic)
				.with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(content().string(allOf(containsString("基本合格"), containsString("重点监控"), containsString("每年 2 次"),
					not(containsString("下载牌匾")), not(containsString("备案到期再次申请备案免于技术评估")))));
		this.mvc.perform(get("/institutions/{id}", this.excellent).with(Users.center()))
			.andExpect(content()
				.string(allOf(containsString("hx-get=\"/supervision/institutions/" + this.excellent + "/standing\""),
						containsString("id=\"renewal-exempt\""), containsString("id=\"institution-status\""))));
		this.mvc.perform(get("/home/institution").with(Users.institution(this.excellent)))
			.andExpect(content().string(containsString("备案到期再次申请备案免于技术评估")));

		MvcResult plaque = this.mvc
			.perform(get("/supervision/institutions/{id}/plaque.pdf", this.excellent)
				.with(Users.institution(this.excellent)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(new String(plaque.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		// issue 11: made once and served from storage, its hash as the entity tag
		assertThat(plaque.getResponse().getHeader("ETag"))
			.isEqualTo("\"" + Sha256.hex(plaque.getResponse().getContentAsByteArray()) + "\"");
		assertThat(this.mvc
			.perform(get("/supervision/institutions/{id}/plaque.pdf", this.excellent)
				.with(Users.institution(this.excellent)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(plaque.getResponse().getContentAsByteArray());
		this.mvc
			.perform(get("/supervision/institutions/{id}/plaque.pdf", this.excellent)
				.with(Users.institution(this.yubeiBasic)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/supervision/institutions/{id}/plaque.pdf", this.yubeiBasic)
				.with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTooLongComplaintSourceOrDrawTitleIsAFieldErrorNotA500() throws Exception {
		long target = this.fixture.institution("超长", SupervisionFixture.YUBEI);
		String path = "/supervision/institutions/" + target + "/complaints";
		String source = "来".repeat(101);
		this.mvc
			.perform(post(path).param("source", source)
				.param("content", "考场存在替考")
				.param("receivedOn", LocalDate.now().toString())
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"complaint-error\""),
					containsString("投诉举报来源不能超过 100 个字符"), containsString("value=\"" + source + "\""))));
		this.mvc.perform(get(path).with(Users.center())).andExpect(content().string(not(containsString("考场存在替考"))));
		this.mvc
			.perform(post(path).param("source", "来".repeat(100))
				.param("content", "考场存在替考")
				.param("receivedOn", LocalDate.now().toString())
				.with(Users.center())
				.with(csrf()))
			.andExpect(redirectedUrl(path));

		String title = "抽".repeat(201);
		this.mvc.perform(
				post("/supervision/draws").param("title", title).param("size", "1").with(Users.center()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"draw-error\""), containsString("抽查名称不能超过 200 个字符"),
					containsString("value=\"" + title + "\""))));
	}

	@Test
	void aDrawShowsItsSeedAndPopulationAndVerifies() throws Exception {
		this.mvc
			.perform(post("/supervision/draws").param("title", "考务专项抽查")
				.param("size", "0")
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"draw-error\""), containsString("抽取数量至少为 1"),
					containsString("value=\"考务专项抽查\""))));
		this.mvc
			.perform(post("/supervision/draws").param("title", "区县抽查")
				.param("size", "1")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isForbidden());
		MvcResult drawn = this.mvc
			.perform(post("/supervision/draws").param("title", "渝北等级评价机构专项抽查")
				.param("type", "LEVEL")
				.param("authority", SupervisionFixture.YUBEI)
				.param("size", "2")
				.param("seed", "20260701")
				.with(Users.center())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/supervision/draws/*"))
			.andReturn();
		String path = drawn.getResponse().getRedirectedUrl();
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		SpotChecks.Draw draw = this.spotChecks.draw(SupervisionFixture.CENTER, id);
		assertThat(draw.population()).allSatisfy(i -> {
			var institution = this.registry.find(i).orElseThrow();
			assertThat(institution.districtCode()).isEqualTo(SupervisionFixture.YUBEI);
			assertThat(institution.status()).isEqualTo(InstitutionStatus.NORMAL);
		});
		assertThat(draw.population()).doesNotContain(this.yubeiBasic);
		String population = String.join(",", draw.population().stream().map(String::valueOf).toList());
		this.mvc.perform(get(path).with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("20260701"), containsString("验证通过"),
					containsString(population), containsString("id=\"sampled-" + draw.sample().get(0) + "\""))));
		long sampled = draw.sample().get(0);
		this.mvc
			.perform(post(path + "/findings").param("institutionId", String.valueOf(sampled))
				.param("finding", "")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"finding-error-" + sampled + "\""), containsString("请填写检查发现"))));
		this.mvc
			.perform(post(path + "/findings").param("institutionId", String.valueOf(sampled))
				.param("finding", "考评员持证不全")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(redirectedUrl(path));
		this.mvc.perform(get(path).with(Users.center())).andExpect(content().string(containsString("考评员持证不全")));
		long notSampled = draw.population()
			.stream()
			.filter(i -> !draw.sample().contains(i))
			.findFirst()
			.orElse(this.excellent);
		this.mvc
			.perform(post(path + "/findings").param("institutionId", String.valueOf(notSampled))
				.param("finding", "样本外")
				.with(Users.center())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该机构不在本次抽查的样本中")));
		this.mvc.perform(get("/supervision/draws").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("渝北等级评价机构专项抽查"), containsString("20260701"))));
	}

	@Test
	void theInspectionPlanIsGeneratedFromThePage() throws Exception {
		this.mvc
			.perform(post("/supervision/inspections/plan").param("year", "2032")
				.with(Users.district(SupervisionFixture.YUBEI))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/supervision/inspections/plan").param("year", "2032").with(Users.center()).with(csrf()))
			.andExpect(redirectedUrl("/supervision/inspections?year=2032"));
		this.mvc
			.perform(get("/supervision/inspections").param("year", "2032")
				.with(Users.district(SupervisionFixture.YUBEI)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.fixture.name(this.yubeiBasic)),
					not(containsString(this.fixture.name(this.yuzhongBasic))),
					not(containsString(this.fixture.name(this.excellent))), containsString("渝北区人力社保局"))));
	}

	@Test
	void theOverviewShowsPendingDecisionsToTheBureauAndOverdueOrdersInRed() throws Exception {
		// 不合格 now cancels at once (第十九条), so the pending decision is a staff proposal.
		long proposed = this.fixture.institution("待决定", null);
		long pending = this.decisions.propose(SupervisionFixture.CENTER, proposed, "SUSPEND", "专项检查发现考务管理混乱", null);
		long late = this.fixture.institution("逾期", null);
		long lateOrder = this.rectifications.issue(SupervisionFixture.CENTER, late, "限期补齐考务档案",
				LocalDate.now(this.clock).plusDays(1));
		try {
			this.clock.advance(Duration.ofDays(3));
			this.mvc.perform(get("/supervision").with(Users.bureau()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"pending-" + pending + "\""),
						containsString("id=\"order-" + lateOrder + "\" class=\"jp-overdue-row\""),
						containsString("已逾期"))));
			this.mvc.perform(get("/home/center").with(Users.center()))
				.andExpect(content()
					.string(allOf(containsString("id=\"todo-rect-" + lateOrder + "\""), containsString("整改已逾期"))));
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void onlyTheBureauReversesACancellationAndOnlyWithAReason() throws Exception {
		long unqualified = this.fixture.institution("撤销", null);
		this.fixture.confirm(unqualified, Grade.UNQUALIFIED);
		assertThat(this.registry.find(unqualified).orElseThrow().status()).isEqualTo(InstitutionStatus.CANCELLED);
		long cancellation = this.decisions.visibleTo(SupervisionFixture.CENTER)
			.stream()
			.filter(d -> d.institutionId() == unqualified)
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc.perform(get("/supervision/decisions/" + cancellation).with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"reverse-form\""))));
		this.mvc
			.perform(post("/supervision/decisions/" + cancellation + "/reverse").with(Users.center())
				.with(csrf())
				.param("reason", "中心无权撤销"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/decisions/" + cancellation).with(Users.bureau()))
			.andExpect(content().string(containsString("id=\"reverse-form\"")));
		this.mvc
			.perform(post("/supervision/decisions/" + cancellation + "/reverse").with(Users.bureau())
				.with(csrf())
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reverse-error\"")));
		assertThat(this.registry.find(unqualified).orElseThrow().status()).isEqualTo(InstitutionStatus.CANCELLED);
		this.mvc
			.perform(post("/supervision/decisions/" + cancellation + "/reverse").with(Users.bureau())
				.with(csrf())
				.param("reason", "经复查，原评估数据录入错误"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/supervision/decisions/*"));
		assertThat(this.registry.find(unqualified).orElseThrow().status()).isEqualTo(InstitutionStatus.NORMAL);
	}

}
