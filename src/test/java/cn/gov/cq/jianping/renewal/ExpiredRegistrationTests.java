package cn.gov.cq.jianping.renewal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PublicityUsers;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Issue 14: a registration that expired yesterday shows 备案已过期 in the registry and its
 * details, stays out of a new round by default and is listed as 备案已过期，待延续备案 for 延续备案; one
 * that expires today is still valid in all three places.
 */
@IntegrationTest
class ExpiredRegistrationTests {

	static final CurrentUser CENTER = PublicityUsers.center();

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RenewalQueries queries;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void expiredYesterdayIsShownExpiredAndLeftOutOfANewRoundExpiringTodayIsNot() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String serial = serial();
		long expired = institution("过期" + serial, today.minusDays(1));
		long valid = institution("当日到期" + serial, today);

		// the registry and the details
		this.mvc.perform(get("/institutions/" + expired).with(Users.center()))
			.andExpect(content().string(matchesPattern("(?s).*id=\"institution-status\"[^>]*>备案已过期<.*")));
		this.mvc.perform(get("/institutions/" + valid).with(Users.center()))
			.andExpect(content().string(matchesPattern("(?s).*id=\"institution-status\"[^>]*>正常<.*")));
		this.mvc.perform(get("/institutions").param("q", serial).with(Users.center()))
			.andExpect(content().string(allOf(containsString("过期" + serial), containsString("当日到期" + serial),
					containsString(">备案已过期<"), containsString(">正常<"))));

		// a new round: the expired one stays out by default, awaiting renewal
		long round = this.rounds.create(CENTER, new EvaluationRounds.RoundForm("过期备案批次" + serial, today.getYear(),
				this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(), this.ruleSets.defaultFor(RubricCode.LEVEL).id(),
				today.plusMonths(1), today.plusMonths(2), today.plusMonths(3), ConsolidationMethod.MEAN));
		EvaluationRounds.ParticipantView left = participant(round, expired);
		assertThat(left.included()).isFalse();
		assertThat(left.defaultIncluded()).isFalse();
		assertThat(left.reason()).startsWith("备案已过期，待延续备案");
		assertThat(left.status()).isEqualTo("备案已过期");
		EvaluationRounds.ParticipantView taking = participant(round, valid);
		assertThat(taking.included()).isTrue();
		assertThat(taking.reason()).doesNotContain("过期");

		// the renewal flow lists the expired one, not the one still valid today
		assertThat(this.queries.expiredAwaitingRenewal(CENTER))
			.extracting(RenewalQueries.AwaitingRenewal::institutionId)
			.contains(expired)
			.doesNotContain(valid);
		this.mvc.perform(get("/renewals").with(Users.center()))
			.andExpect(content().string(allOf(containsString("id=\"awaiting-" + expired + "\""),
					containsString("备案已过期，待延续备案"), not(containsString("id=\"awaiting-" + valid + "\"")))));
		// an institution sees only its own; another district's office does not see it
		assertThat(this.queries.expiredAwaitingRenewal(Users.institutionUser(valid))).isEmpty();
		assertThat(this.queries.expiredAwaitingRenewal(Users.institutionUser(expired)))
			.extracting(RenewalQueries.AwaitingRenewal::institutionId)
			.containsExactly(expired);
		assertThat(this.queries.expiredAwaitingRenewal(Users.districtUser("500103")))
			.extracting(RenewalQueries.AwaitingRenewal::institutionId)
			.doesNotContain(expired);
	}

	private EvaluationRounds.ParticipantView participant(long round, long institution) {
		return this.rounds.view(round)
			.participants()
			.stream()
			.filter(p -> p.institutionId() == institution)
			.findFirst()
			.orElseThrow();
	}

	private static String serial() {
		return String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
	}

	/** A city-registered institution registered three years before it expires. */
	private long institution(String name, LocalDate expires) {
		String first17 = "52500000EX" + serial();
		return this.registry.create(CENTER,
				new InstitutionForm("备案期测试" + name, first17 + CreditCode.checkCharacter(first17),
						InstitutionType.APPRAISAL, "CITY", "过期测备〔2023〕" + serial() + "号", expires.minusYears(3),
						expires, "电工", "重庆市渝中区某路 3 号", "测试", "13800008888", null));
	}

}
