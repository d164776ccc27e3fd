package cn.gov.cq.jianping.publicity.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionRetention;
import cn.gov.cq.jianping.publicity.Publicities;
import cn.gov.cq.jianping.shared.captcha.CaptchaService;
import cn.gov.cq.jianping.support.IntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: the objection form's accessible alternative to the image challenge, an SMS
 * code to the objector's phone through the notification port: a citizen files with the
 * code alone, a wrong or expired code is refused beside the field with nothing filed, and
 * sends are limited per address and per phone and recorded with their result.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmsObjectionCodeTests {

	private static final Pattern CODE = Pattern.compile("验证码 (\\d{6})");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SmsCodes codes;

	private PublicFixture fixture;

	private PublicFixture.Published underNotice;

	private PublicFixture.Institution contested;

	private int addresses;

	@BeforeAll
	void anInstitutionUnderNotice() {
		this.fixture = new PublicFixture(this.context);
		this.fixture.at(LocalDate.of(2027, 6, 1), 9);
		this.contested = this.fixture.institution("短信验证码测");
		this.underNotice = this.fixture.publish(2027, List.of(this.contested), List.of(new BigDecimal("10")));
		this.fixture.clock.reset();
	}

	@BeforeEach
	void insideThePeriod() {
		this.fixture.at(this.underNotice.start().plusDays(2), 10);
	}

	@AfterEach
	void resetClock() {
		this.fixture.clock.reset();
	}

	@Test
	void aCitizenFilesWithTheSmsCodeAloneAndTheSendIsRecorded() throws Exception {
		String phone = phone();
		RequestPostProcessor from = fromNewAddress();
		long before = objectionCount();
		MvcResult sent = this.mvc.perform(form("/public/objections/sms-code", phone).with(from))
			.andExpect(redirectedUrl("/public/objections/new?entry=" + entry() + "#sms"))
			.andExpect(flash().attribute("smsSent", "短信验证码已发送至 " + masked(phone) + "，10分钟内有效"))
			.andReturn();
		Cookie[] session = sent.getResponse().getCookies();
		// the form comes back with the code field
		String page = this.mvc
			.perform(get("/public/objections/new").param("entry", String.valueOf(entry()))
				.cookie(session)
				.flashAttrs(sent.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"smsCode\"").contains("id=\"sms-send\"");

		this.mvc.perform(form("/public/objections", phone).param("smsCode", lastCode(phone)).cookie(session).with(from))
			.andExpect(redirectedUrl("/public/objections/receipt"));
		assertThat(objectionCount()).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification_send where channel = 'SMS' and reference_type = 'objection-sms'"
						+ " and reference_id = ? and recipient_masked = ? and delivered",
				Integer.class, reference(phone), masked(phone)))
			.isEqualTo(1);
	}

	@Test
	void withTheImageChallengeOnTheSmsCodeAloneIsEnough() throws Exception {
		// the controller as configured in production: the image challenge is on
		PublicObjectionController controller = new PublicObjectionController(this.context.getBean(Publicities.class),
				this.context.getBean(ObjectionFiling.class), this.context.getBean(ObjectionRetention.class),
				new CaptchaService(true), this.context.getBean(RateLimiter.class), this.codes);
		MockMvc standalone = MockMvcBuilders.standaloneSetup(controller).build();
		String phone = phone();
		long before = objectionCount();
		MockHttpSession session = new MockHttpSession();
		// without any answer: refused beside the image challenge
		standalone.perform(form("/public/objections", phone).session(session).with(fromNewAddress()))
			.andExpect(model().attributeHasFieldErrors("form", "captcha"));
		this.codes.send(session, phone);
		standalone
			.perform(form("/public/objections", phone).param("smsCode", lastCode(phone))
				.session(session)
				.with(fromNewAddress()))
			.andExpect(redirectedUrl("/public/objections/receipt"));
		assertThat(objectionCount()).isEqualTo(before + 1);
	}

	@Test
	void aWrongOrExpiredCodeIsRefusedBesideTheFieldAndNothingIsFiled() throws Exception {
		String phone = phone();
		RequestPostProcessor from = fromNewAddress();
		long before = objectionCount();
		Cookie[] session = this.mvc.perform(form("/public/objections/sms-code", phone).with(from))
			.andReturn()
			.getResponse()
			.getCookies();
		String code = lastCode(phone);
		String wrong = code.equals("000000") ? "111111" : "000000";
		assertRefused(
				this.mvc.perform(form("/public/objections", phone).param("smsCode", wrong).cookie(session).with(from))
					.andExpect(status().isOk())
					.andReturn());
		// the code went to another phone than the one now in the form
		assertRefused(
				this.mvc.perform(form("/public/objections", phone()).param("smsCode", code).cookie(session).with(from))
					.andExpect(status().isOk())
					.andReturn());
		// ten minutes later the right code has expired
		this.fixture.clock.advance(SmsCodes.VALIDITY.plus(Duration.ofSeconds(1)));
		assertRefused(
				this.mvc.perform(form("/public/objections", phone).param("smsCode", code).cookie(session).with(from))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(objectionCount()).isEqualTo(before);
	}

	@Test
	void sendsAreLimitedPerAddressAndPerPhoneAndALimitedSendIsNotMade() throws Exception {
		RequestPostProcessor from = fromNewAddress();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(form("/public/objections/sms-code", phone()).with(from))
				.andExpect(flash().attributeExists("smsSent"));
		}
		String fourth = phone();
		this.mvc.perform(form("/public/objections/sms-code", fourth).with(from))
			.andExpect(flash().attribute("smsError", "短信验证码获取过于频繁，请10分钟后再试，或使用图片验证码"));
		assertThat(sends(fourth)).as("a limited send is not made").isZero();

		String phone = phone();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(form("/public/objections/sms-code", phone).with(fromNewAddress()))
				.andExpect(flash().attributeExists("smsSent"));
		}
		this.mvc.perform(form("/public/objections/sms-code", phone).with(fromNewAddress()))
			.andExpect(flash().attributeExists("smsError"));
		assertThat(sends(phone)).isEqualTo(3);
		// a number that is no mobile gets no send at all
		this.mvc.perform(form("/public/objections/sms-code", "12345").with(fromNewAddress()))
			.andExpect(flash().attribute("smsError", "请先在“手机号码”中填写正确的手机号码，再获取短信验证码"));
	}

	private void assertRefused(MvcResult result) throws Exception {
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"smsCode-error\"")
			.contains("短信验证码不正确或已失效，请重新获取");
	}

	private long entry() {
		return this.underNotice.entryOf(this.contested).id();
	}

	private MockMultipartHttpServletRequestBuilder form(String path, String phone) {
		MockMultipartHttpServletRequestBuilder request = multipart(path).param("entryId", String.valueOf(entry()));
		Map.of("objectorKind", "PERSON", "name", "李明", "idNumber", "11010519491231002X", "phone", phone, "content",
				"该机构评价现场存在替考现象，有现场照片为证。", "consent", "true", "sensitiveConsent", "true")
			.forEach(request::param);
		return request.with(csrf());
	}

	private String lastCode(String phone) {
		String body = this.jdbc.queryForObject(
				"select body from notification_send where reference_type = 'objection-sms' and reference_id = ?"
						+ " order by id desc limit 1",
				String.class, reference(phone));
		Matcher matcher = CODE.matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private int sends(String phone) {
		return this.jdbc.queryForObject(
				"select count(*) from notification_send where reference_type = 'objection-sms' and reference_id = ?",
				Integer.class, reference(phone));
	}

	private long objectionCount() {
		return this.jdbc.queryForObject("select count(*) from objection where entry_id = ?", Long.class, entry());
	}

	private String phone() {
		return "139" + String.format("%08d", Math.abs(System.nanoTime() % 100_000_000));
	}

	/** As the notification log masks a phone: 139****12. */
	private static String masked(String phone) {
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 2);
	}

	/** What the sends of this phone's codes are recorded under. */
	private static String reference(String phone) {
		return Integer.toHexString(phone.hashCode());
	}

	private RequestPostProcessor fromNewAddress() {
		String address = "10.88." + (this.addresses / 250) + "." + (this.addresses % 250 + 1);
		this.addresses++;
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
