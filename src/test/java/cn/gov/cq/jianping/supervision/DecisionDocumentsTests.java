package cn.gov.cq.jianping.supervision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.document.Sha256;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.renewal.RenewalDecisions;
import cn.gov.cq.jianping.renewal.RenewalFiling;
import cn.gov.cq.jianping.renewal.RenewalUpload;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PublicityUsers;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static cn.gov.cq.jianping.support.PdfTools.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11 ("official documents are made once") for decisions: a 处理决定书 and a 延续备案决定书 are
 * made when decided, stored with their SHA-256 and served from storage with that hash as
 * ETag and a year-long private cache; they do not change when the institution's data
 * later does. Issue 14: the renewal decision is a 公文 stating the remedies, and a district
 * bureau's decision names its own people's government for 行政复议.
 */
@IntegrationTest
class DecisionDocumentsTests {

	static final CurrentUser CENTER = PublicityUsers.center();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	SupervisionDecisions decisions;

	@Autowired
	RenewalFiling filing;

	@Autowired
	RenewalDecisions renewals;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCancellationDecisionIsStoredWhenDecidedAndServedUnchangedFromStorage() throws Exception {
		long institution = institution(null, 400);
		// 第十九条: an 不合格 grade cancels the registration with a numbered decision at once
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new GradeConfirmed(institution, 0, Grade.UNQUALIFIED, 2026, this.clock.instant())));
		long decision = this.decisions.visibleTo(PublicityUsers.bureau())
			.stream()
			.filter(d -> d.institutionId() == institution)
			.findFirst()
			.orElseThrow()
			.id();
		String stored = storedHash("SUPERVISION_DECISION", decision);
		assertThat(stored).as("issued when decided, before any download").isNotNull();

		String url = "/supervision/decisions/" + decision + ".pdf";
		MvcResult first = this.mvc.perform(get(url).with(Users.bureau())).andExpect(status().isOk()).andReturn();
		byte[] served = first.getResponse().getContentAsByteArray();
		assertThat(Sha256.hex(served)).isEqualTo(stored);
		assertThat(first.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + stored + "\"");
		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000")
			.contains("private")
			.contains("immutable");

		// The institution changes its name: the issued decision does not change.
		this.jdbc.update("update institution set name = name || '（更名）' where id = ?", institution);
		byte[] again = this.mvc.perform(get(url).with(Users.bureau()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(again).isEqualTo(served);
		this.mvc.perform(get(url).with(Users.bureau()).header(HttpHeaders.IF_NONE_MATCH, "\"" + stored + "\""))
			.andExpect(status().isNotModified());
		// The institution concerned may download it; another institution may not.
		this.mvc.perform(get(url).with(Users.institution(institution))).andExpect(status().isOk());
		this.mvc.perform(get(url).with(Users.institution(institution + 100_000))).andExpect(status().isNotFound());
	}

	@Test
	void aRefusedRenewalIsAnOfficialDocumentNamingTheDistrictGovernmentForReconsideration() throws Exception {
		long institution = institution("500112", 60);
		long application = this.filing.apply(PublicityUsers.institution("i" + institution, institution), "电工；焊工",
				"重庆市渝北区某路 1 号", "备案期内开展评价 12 批次。",
				List.of(new RenewalUpload("申请表.pdf", "%PDF-1.4\n% 申请表\n".getBytes(StandardCharsets.UTF_8))));
		this.renewals.decide(PublicityUsers.district("yubei", "500112"), application, null, false, "申请材料与实际不符", null);
		String stored = storedHash("RENEWAL_DECISION", application);
		assertThat(stored).as("issued when decided").isNotNull();

		String url = "/renewals/" + application + "/decision.pdf";
		MvcResult result = this.mvc.perform(get(url).with(Users.institution(institution)))
			.andExpect(status().isOk())
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(Sha256.hex(pdf)).isEqualTo(stored);
		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + stored + "\"");

		Path file = Files.createTempFile("renewal-decision", ".pdf");
		try {
			Files.write(file, pdf);
			assertThat(run("pdfinfo", file.toString())).containsPattern("Tagged:\\s+yes");
			String text = run("pdftotext", "-layout", file.toString(), "-").replaceAll("\\s+", "");
			assertThat(text).contains("渝北区人力资源和社会保障局")
				.contains("不予延续备案")
				.contains("60日内向渝北区人民政府依法申请行政复议")
				.contains("6个月内依法向人民法院提起行政诉讼");
		}
		finally {
			Files.deleteIfExists(file);
		}
		this.jdbc.update("update institution set name = name || '（更名）' where id = ?", institution);
		assertThat(this.mvc.perform(get(url).with(Users.institution(institution)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
	}

	private String storedHash(String kind, long subject) {
		List<String> found = this.jdbc.queryForList(
				"select sha256 from issued_document where kind = ? and subject_id = ?", String.class, kind, subject);
		return found.isEmpty() ? null : found.get(0);
	}

	/** An institution whose registration runs out {@code daysLeft} days from today. */
	private long institution(String district, int daysLeft) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52" + (district == null ? "500000" : district) + "DD" + serial;
		LocalDate expires = LocalDate.now(this.clock).plusDays(daysLeft);
		return this.registry.create(CENTER,
				new InstitutionForm("决定书测试机构" + serial, first17 + CreditCode.checkCharacter(first17),
						district == null ? InstitutionType.APPRAISAL : InstitutionType.LEVEL,
						district == null ? "CITY" : district, "决定书测备〔2023〕" + serial + "号", expires.minusYears(3),
						expires, "电工；焊工", "重庆市渝北区某路 1 号", "测试", "13800006666", null));
	}

}
