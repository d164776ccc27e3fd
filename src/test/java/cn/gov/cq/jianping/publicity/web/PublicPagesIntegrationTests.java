package cn.gov.cq.jianping.publicity.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionReviews;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.shared.captcha.CaptchaService;
import cn.gov.cq.jianping.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages and the JSON API of 第十二条 to 第十四条, on data of their own: round A (2027)
 * confirmed and announced, round B (2028) confirming a second grade of one institution,
 * and round C under publicity, with "now" inside its period.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	ObjectionReviews objections;

	@Autowired
	JdbcTemplate jdbc;

	private PublicFixture fixture;

	private String tag;

	private PublicFixture.Institution excellent;

	private PublicFixture.Institution qualified;

	private PublicFixture.Institution contested;

	private long announcementA;

	private PublicFixture.Published underNotice;

	private int addresses;

	@BeforeAll
	void rounds() {
		this.fixture = new PublicFixture(this.context);
		this.tag = "公开页测" + Long.toString(System.nanoTime() % 100_000, 36);
		this.fixture.at(LocalDate.of(2027, 5, 1), 9);
		this.excellent = this.fixture.institution(this.tag + "甲机构");
		this.qualified = this.fixture.institution(this.tag + "乙机构");
		PublicFixture.Published a = this.fixture.publish(2027, List.of(this.excellent, this.qualified),
				List.of(new BigDecimal("5"), new BigDecimal("20")));
		this.announcementA = this.fixture.confirmAndAnnounce(a);
		PublicFixture.Published b = this.fixture.publish(2028, List.of(this.excellent), List.of(new BigDecimal("30")));
		this.fixture.confirmAndAnnounce(b);
		this.contested = this.fixture.institution(this.tag + "丙机构");
		this.underNotice = this.fixture.publish(2028, List.of(this.contested), List.of(new BigDecimal("10")));
	}

	@BeforeEach
	void insideThePeriod() {
		this.fixture.at(this.underNotice.start().plusDays(2), 10);
	}

	@AfterEach
	@AfterAll
	void resetClock() {
		this.fixture.clock.reset();
	}

	private long contestedEntry() {
		return this.underNotice.entryOf(this.contested).id();
	}

	/**
	 * A client address of its own, so the shared context never trips the limit by
	 * accident.
	 */
	private RequestPostProcessor fromNewAddress() {
		String address = "10.77." + (this.addresses / 250) + "." + (this.addresses % 250 + 1);
		this.addresses++;
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockMultipartHttpServletRequestBuilder objection(long entryId, Map<String, String> values) {
		MockMultipartHttpServletRequestBuilder request = multipart("/public/objections").param("entryId",
				String.valueOf(entryId));
		values.forEach(request::param);
		return request.with(csrf());
	}

	private static Map<String, String> validPerson(String name, String idNumber, String phone) {
		return Map.of("objectorKind", "PERSON", "name", name, "idNumber", idNumber, "phone", phone, "content",
				"该机构在本年度评价中存在替考现象，现场监控记录可以证明。", "consent", "true", "sensitiveConsent", "true");
	}

	private String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long objectionCount(long entryId) {
		Long n = this.jdbc.queryForObject("select count(*) from objection where entry_id = ?", Long.class, entryId);
		return n == null ? 0 : n;
	}

	@Test
	void theLookupFormKeepsWhatWasChosenAndTheAnonymousLayoutOffersTheLogin() throws Exception {
		String page = this.mvc.perform(get("/public/institutions").param("district", "500112").param("grade", "BASIC"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<option value=\"500112\" selected=\"selected\">渝北区</option>")
			.contains("<option value=\"BASIC\" selected=\"selected\">基本合格</option>")
			.contains("<option value=\"CITY\">市级</option>");
		assertThat(page.split("selected=\"selected\"", -1)).hasSize(3);
		// the layout decides "signed in" once: the public navigation, no logout, no menu
		assertThat(page).contains("等级信息查询")
			.contains("href=\"/login\"")
			.doesNotContain("id=\"logout\"")
			.doesNotContain("id=\"side-menu\"");
	}

	@Test
	void thePublicityListShowsWhatIsUnderNoticeWithItsClosingSecondAndAnObjectionLink() throws Exception {
		String page = body(this.mvc.perform(get("/public/publicity")).andExpect(status().isOk()).andReturn());
		long entry = contestedEntry();
		assertThat(page).contains(this.contested.name())
			.contains("截止 " + this.underNotice.start().plusDays(9) + " 23:59:59")
			.contains("/public/objections/new?entry=" + entry)
			.contains("考核鉴定机构")
			.doesNotContain(this.qualified.name());
		this.fixture.at(this.underNotice.start().plusDays(10), 0);
		assertThat(body(this.mvc.perform(get("/public/publicity")).andReturn())).doesNotContain(this.contested.name());
	}

	@Test
	void anInvalidObjectionIsShownAgainWithEveryMessageBesideItsFieldAndNothingTypedLost() throws Exception {
		long entry = contestedEntry();
		long before = objectionCount(entry);
		String page = body(
				this.mvc
					.perform(objection(entry,
							Map.of("objectorKind", "PERSON", "name", "", "idNumber", "110105194912310021", "phone",
									"12345", "content", "太短的内容"))
						.with(fromNewAddress()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page).contains("id=\"form-errors\"")
			.contains("id=\"name-error\"")
			.contains("请填写真实姓名")
			.contains("id=\"idNumber-error\"")
			.contains("身份证号码校验位错误")
			.contains("id=\"phone-error\"")
			.contains("请填写 11 位手机号码")
			.contains("id=\"content-error\"")
			.contains("不少于 10 个字")
			.contains("id=\"consent-error\"")
			.contains("id=\"sensitiveConsent-error\"")
			.contains("value=\"110105194912310021\"")
			.contains("value=\"12345\"")
			.contains(">太短的内容</textarea>")
			.contains("请重新选择文件")
			.contains(this.contested.name());
		assertThat(objectionCount(entry)).isEqualTo(before);
	}

	@Test
	void anOrganisationsObjectionIsCheckedForItsOwnFields() throws Exception {
		long entry = contestedEntry();
		String page = body(this.mvc
			.perform(objection(entry,
					Map.of("objectorKind", "ORGANISATION", "organisation", "某某公司", "orgCreditCode", "91500000ABC",
							"phone", "023-6", "content", "该机构在本年度评价中存在替考现象。", "consent", "true"))
				.with(fromNewAddress()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("id=\"orgCreditCode-error\"")
			.contains("id=\"contactPerson-error\"")
			.contains("id=\"phone-error\"")
			.doesNotContain("id=\"sensitiveConsent-error\"")
			.contains("value=\"某某公司\"")
			.containsPattern("value=\"ORGANISATION\"[^>]*checked");
	}

	@Test
	void outsideThePeriodTheFormIsNotShownAndNothingIsSaved() throws Exception {
		long entry = contestedEntry();
		long before = objectionCount(entry);
		this.fixture.at(this.underNotice.start().plusDays(10), 0);
		String form = body(this.mvc.perform(get("/public/objections/new").param("entry", String.valueOf(entry)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form).contains("不在公示期内").doesNotContain("id=\"objection-form\"");
		String posted = body(this.mvc
			.perform(objection(entry, validPerson("李四", PublicFixture.idNumber("50010519900307123"), "13812345678"))
				.with(fromNewAddress()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(posted).contains("公示期已于 " + this.underNotice.start().plusDays(9) + " 23:59:59 结束")
			.doesNotContain("id=\"objection-form\"");
		assertThat(objectionCount(entry)).isEqualTo(before);
	}

	@Test
	void aValidObjectionGivesAReceiptWithWhichTheObjectorFollowsItWithTheRightPhoneOnly() throws Exception {
		long entry = contestedEntry();
		MvcResult posted = this.mvc
			.perform(objection(entry, validPerson("王五", PublicFixture.idNumber("50010519851120456"), "13711112222"))
				.with(fromNewAddress()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/public/objections/receipt");
		String receipt = (String) posted.getFlashMap().get("receipt");
		String page = body(this.mvc.perform(get("/public/objections/receipt").cookie(posted.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("id=\"receipt-number\"").contains(receipt).contains("/public/objections/status");
		this.mvc.perform(get("/public/objections/receipt")).andExpect(status().is3xxRedirection());

		String right = body(this.mvc
			.perform(post("/public/objections/status").param("receipt", receipt.toLowerCase())
				.param("phone", "13711112222")
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(right).contains("待复核").contains(this.contested.name()).doesNotContain("未找到");
		String wrongPhone = body(this.mvc.perform(
				post("/public/objections/status").param("receipt", receipt).param("phone", "13700000000").with(csrf()))
			.andReturn());
		String unknown = body(this.mvc
			.perform(post("/public/objections/status").param("receipt", "YY20270101XXXXXXXX")
				.param("phone", "13711112222")
				.with(csrf()))
			.andReturn());
		assertThat(wrongPhone).contains("未找到：请核对回执号和手机号码").doesNotContain("待复核");
		assertThat(unknown).contains("未找到：请核对回执号和手机号码");

		// Not decided: no letter. Decided: the letter as a PDF attachment.
		MockHttpServletResponse early = this.mvc.perform(
				post("/public/objections/letter").param("receipt", receipt).param("phone", "13711112222").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(early.getContentType()).startsWith("text/html");
		assertThat(early.getContentAsString(StandardCharsets.UTF_8)).contains("暂无复核结果告知书");
		long id = this.objections.ofEntry(PublicFixture.BUREAU, entry)
			.stream()
			.filter(o -> o.receiptNumber().equals(receipt))
			.findFirst()
			.orElseThrow()
			.id();
		this.objections.decide(PublicFixture.BUREAU, id, null, "调阅监控记录", "王科长", false, "未发现替考", "经核查，反映的问题不属实。");
		MockHttpServletResponse letter = this.mvc.perform(
				post("/public/objections/letter").param("receipt", receipt).param("phone", "13711112222").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(letter.getContentType()).isEqualTo("application/pdf");
		assertThat(letter.getHeader("Content-Disposition")).contains("attachment")
			.contains("UTF-8''%E5%BC%82%E8%AE%AE");
		assertThat(new String(letter.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(body(this.mvc.perform(
				post("/public/objections/status").param("receipt", receipt).param("phone", "13711112222").with(csrf()))
			.andReturn())).contains("异议不成立")
			.contains("经核查，反映的问题不属实。")
			.contains("id=\"letter-download\"")
			// 第十三条: the page says when and how the objector was told
			.contains("id=\"status-informed\"")
			.contains("id=\"informed-SMS\"")
			.contains("以短信告知（137****22）：已发送")
			.contains("id=\"informed-LETTER\"")
			.contains("以信函邮寄告知")
			.doesNotContain("尚无告知记录");
	}

	@Test
	void theSixthObjectionFromOneAddressWithinTenMinutesIsRefusedWith429() throws Exception {
		RequestPostProcessor sameAddress = request -> {
			request.setRemoteAddr("10.66.66.66");
			return request;
		};
		long entry = contestedEntry();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(objection(entry, Map.of("objectorKind", "PERSON")).with(sameAddress))
				.andExpect(status().isOk());
		}
		String page = body(this.mvc.perform(objection(entry, Map.of("objectorKind", "PERSON")).with(sameAddress))
			.andExpect(status().isTooManyRequests())
			.andReturn());
		assertThat(page).contains("提交过于频繁，请稍后再试");
		this.mvc.perform(objection(entry, Map.of("objectorKind", "PERSON")).with(fromNewAddress()))
			.andExpect(status().isOk());
	}

	@Test
	void theChallengeIsCheckedCaseInsensitivelyOnceAndOnlyInItsSession() {
		CaptchaService captcha = new CaptchaService(true);
		MockHttpSession session = new MockHttpSession();
		CaptchaService.Challenge first = captcha.issue(session);
		assertThat(first.answer()).hasSizeBetween(4, 5).matches("[" + CaptchaService.ALPHABET + "]+");
		assertThat(new String(first.png(), 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
		assertThat(captcha.check(session, first.answer() + "X")).isFalse();
		CaptchaService.Challenge second = captcha.issue(session);
		assertThat(captcha.check(new MockHttpSession(), second.answer())).isFalse();
		assertThat(captcha.check(session, " " + second.answer().toLowerCase() + " ")).isTrue();
		assertThat(captcha.check(session, second.answer())).isFalse();
		assertThat(new CaptchaService(false).check(null, null)).isTrue();
	}

	@Test
	void withTheChallengeOffNoImageIsServedOrShown() throws Exception {
		this.mvc.perform(get("/public/captcha.png")).andExpect(status().isNotFound());
		String form = body(
				this.mvc.perform(get("/public/objections/new").param("entry", String.valueOf(contestedEntry())))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(form).contains("id=\"objection-form\"").doesNotContain("captcha.png");
	}

	@Test
	void theLookupPagesFindConfirmedInstitutionsAndRefuseBadOrUnknownCodes() throws Exception {
		String list = body(this.mvc.perform(get("/public/institutions").param("q", this.tag))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(list).contains(this.excellent.name())
			.contains(this.qualified.name())
			.doesNotContain(this.contested.name());
		String filtered = body(
				this.mvc.perform(get("/public/institutions").param("q", this.tag).param("grade", "QUALIFIED"))
					.andReturn());
		assertThat(filtered).contains(this.qualified.name()).doesNotContain(this.excellent.name());
		String page = body(this.mvc.perform(get("/public/institutions/" + this.excellent.creditCode()))
			.andExpect(status().isOk())
			.andReturn());
		// Its latest grade is 基本合格, so 第十八条 has suspended its evaluation activities.
		assertThat(page).contains(this.excellent.name()).contains("基本合格").contains("优秀").contains("暂停评价");
		this.mvc.perform(get("/public/institutions/123")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/public/institutions/" + unknownCode())).andExpect(status().isNotFound());
	}

	private static String unknownCode() {
		String first17 = "52500000MQ" + String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		return first17 + CreditCode.checkCharacter(first17);
	}

	private JsonNode api(String path, int expectedStatus) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(expectedStatus);
		assertThat(response.getContentType()).startsWith("application/json");
		if (expectedStatus == 200) {
			assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=60, public");
		}
		return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theApiListsConfirmedGradesWithPagingAndFilters() throws Exception {
		JsonNode one = api("/api/v1/public/institutions?q=" + this.excellent.creditCode(), 200);
		assertThat(one.get("total").asLong()).isEqualTo(1);
		assertThat(one.get("page").asInt()).isZero();
		assertThat(one.get("size").asInt()).isEqualTo(20);
		JsonNode item = one.get("items").get(0);
		assertThat(item.propertyNames()).containsExactlyInAnyOrder("name", "creditCode", "type", "district", "grade",
				"gradeLabel", "roundYear", "confirmedAt");
		assertThat(item.get("name").asString()).isEqualTo(this.excellent.name());
		assertThat(item.get("type").asString()).isEqualTo("考核鉴定机构");
		assertThat(item.get("district").asString()).isEqualTo("市级");
		assertThat(item.get("grade").asString()).isEqualTo("BASIC");
		assertThat(item.get("gradeLabel").asString()).isEqualTo("基本合格");
		assertThat(item.get("roundYear").asInt()).isEqualTo(2028);
		assertThat(item.get("confirmedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");

		JsonNode year2027 = api(
				"/api/v1/public/institutions?year=2027&grade=EXCELLENT&q=" + this.excellent.creditCode(), 200);
		assertThat(year2027.get("items").get(0).get("gradeLabel").asString()).isEqualTo("优秀");

		JsonNode first = api("/api/v1/public/institutions?size=1&page=0&q=" + this.tag, 200);
		JsonNode second = api("/api/v1/public/institutions?size=1&page=1&q=" + this.tag, 200);
		assertThat(first.get("total").asLong()).isEqualTo(2);
		assertThat(first.get("items")).hasSize(1);
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(first.get("items").get(0).get("creditCode").asString())
			.isNotEqualTo(second.get("items").get(0).get("creditCode").asString());
		assertThat(api("/api/v1/public/institutions?size=1&page=5&q=" + this.tag, 200).get("total").asLong())
			.isEqualTo(2);
		assertThat(api("/api/v1/public/institutions?type=APPRAISAL&district=CITY&q=" + this.tag, 200).get("total")
			.asLong()).isEqualTo(2);
		assertThat(api("/api/v1/public/institutions?type=考核鉴定机构&q=" + this.tag, 200).get("total").asLong())
			.isEqualTo(2);
		assertThat(api("/api/v1/public/institutions?type=LEVEL&q=" + this.tag, 200).get("total").asLong()).isZero();
		assertThat(api("/api/v1/public/institutions?size=100", 200).get("size").asInt()).isEqualTo(100);
	}

	@Test
	void theApiRefusesBadParametersAndCodesIn400AndUnknownCodesIn404() throws Exception {
		Map<String, String> bad = Map.of("grade=GOOD", "grade", "page=-1", "page", "page=x", "page", "size=0", "size",
				"size=101", "size", "year=19", "year", "year=abc", "year", "type=FOO", "type", "district=XX",
				"district");
		for (Map.Entry<String, String> entry : bad.entrySet()) {
			JsonNode errors = api("/api/v1/public/institutions?" + entry.getKey(), 400).get("errors");
			assertThat(errors.get(0).get("field").asString()).as(entry.getKey()).isEqualTo(entry.getValue());
			assertThat(errors.get(0).get("message").asString()).as(entry.getKey()).matches(".*[\\u4e00-\\u9fa5].*");
		}
		assertThat(api("/api/v1/public/institutions?grade=GOOD&size=500", 400).get("errors")).hasSize(2);
		JsonNode malformed = api("/api/v1/public/institutions/91500000ABCDEFGH12", 400);
		assertThat(malformed.get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
		String code = this.excellent.creditCode();
		api("/api/v1/public/institutions/" + code.substring(0, 17) + (code.endsWith("A") ? "B" : "A"), 400);
		JsonNode unknown = api("/api/v1/public/institutions/" + unknownCode(), 404);
		assertThat(unknown.get("errors").get(0).get("message").asString()).contains("未找到");
	}

	@Test
	void theApiShowsAnInstitutionWithItsCurrentGradeAndHistory() throws Exception {
		JsonNode record = api("/api/v1/public/institutions/" + this.excellent.creditCode().toLowerCase(), 200);
		assertThat(record.propertyNames()).containsExactlyInAnyOrder("name", "creditCode", "type", "district",
				"registrationStatus", "currentGrade", "grades");
		assertThat(record.get("name").asString()).isEqualTo(this.excellent.name());
		assertThat(record.get("registrationStatus").asString()).isEqualTo("暂停评价");
		assertThat(record.get("currentGrade").get("grade").asString()).isEqualTo("BASIC");
		assertThat(record.get("grades")).hasSize(2);
		assertThat(record.get("grades").get(1).get("gradeLabel").asString()).isEqualTo("优秀");
		assertThat(record.get("grades").get(1).propertyNames()).containsExactlyInAnyOrder("grade", "gradeLabel",
				"roundYear", "confirmedAt");
		JsonNode pending = api("/api/v1/public/institutions/" + this.contested.creditCode(), 200);
		assertThat(pending.get("currentGrade").isNull()).isTrue();
		assertThat(pending.get("grades")).isEmpty();
	}

	@Test
	void noApiResponseEverCarriesAnObjectorsNameIdNumberOrPhone() throws Exception {
		String name = "异议人" + this.tag;
		String idNumber = PublicFixture.idNumber("50010519770615" + String.format("%03d", System.nanoTime() % 1000));
		String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
		this.mvc.perform(objection(contestedEntry(), validPerson(name, idNumber, phone)).with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(objection(contestedEntry(),
					Map.of("objectorKind", "ORGANISATION", "organisation", name + "公司", "orgCreditCode", unknownCode(),
							"contactPerson", name, "phone", phone, "content", "该机构在本年度评价中存在替考现象。", "consent", "true"))
				.with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());
		this.fixture.at(this.underNotice.start().plusDays(10), 1);
		for (String path : List.of("/api/v1/public/institutions?size=100", "/api/v1/public/institutions?q=" + this.tag,
				"/api/v1/public/institutions?q=" + this.contested.creditCode(),
				"/api/v1/public/institutions/" + this.contested.creditCode(),
				"/api/v1/public/institutions/" + this.excellent.creditCode())) {
			String json = this.mvc.perform(get(path))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(json).as(path)
				.doesNotContain(name)
				.doesNotContain(idNumber)
				.doesNotContain(phone)
				.doesNotContain("13800003333")
				.doesNotContain("测试联系人");
		}
	}

	@Test
	void announcementsArePagesAPdfWithAnEmbeddedFontAndAWorkbookWithTheRows() throws Exception {
		String list = body(this.mvc.perform(get("/public/announcements")).andExpect(status().isOk()).andReturn());
		assertThat(list).contains("/public/announcements/" + this.announcementA);
		String page = body(this.mvc.perform(get("/public/announcements/" + this.announcementA))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(this.excellent.name()).contains(this.qualified.name()).contains("优秀").contains("合格");

		MockHttpServletResponse pdf = this.mvc.perform(get("/public/announcements/" + this.announcementA + ".pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).contains("attachment").contains("filename*=UTF-8''");
		byte[] bytes = pdf.getContentAsByteArray();
		assertThat(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("/FontFile2");

		MockHttpServletResponse xlsx = this.mvc.perform(get("/public/announcements/" + this.announcementA + ".xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(xlsx.getContentType()).isEqualTo(PublicAnnouncementController.XLSX.toString());
		assertThat(xlsx.getHeader("Content-Disposition")).contains(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			// a title row over the header, then the rows, then the 落款 (issuer, date)
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("职业技能鉴定评价机构等级评估结果公告");
			assertThat(sheet.getMergedRegion(0).formatAsString()).isEqualTo("A1:H1");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("机构名称");
			List<String> names = List.of(sheet.getRow(2).getCell(1).getStringCellValue(),
					sheet.getRow(3).getCell(1).getStringCellValue());
			assertThat(names).containsExactly(this.excellent.name(), this.qualified.name());
			assertThat(sheet.getRow(4)).isNull();
			assertThat(sheet.getRow(5).getCell(7).getStringCellValue()).isEqualTo("重庆市人力资源和社会保障局");
			assertThat(sheet.getRow(6).getCell(7).getStringCellValue()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
			// 序号 and 年度 are whole numbers, shown without ".0"
			DataFormatter shown = new DataFormatter();
			assertThat(shown.formatCellValue(sheet.getRow(3).getCell(0))).isEqualTo("2");
			assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(shown.formatCellValue(sheet.getRow(2).getCell(6))).matches("\\d{4}");
		}
		this.mvc.perform(get("/public/announcements/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void theLandingPageLinksToEveryPublicPage() throws Exception {
		String page = body(this.mvc.perform(get("/")).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("id=\"card-publicity\"", "id=\"card-lookup\"", "id=\"card-announcements\"",
				"id=\"card-status\"", "工作人员登录");
	}

}
