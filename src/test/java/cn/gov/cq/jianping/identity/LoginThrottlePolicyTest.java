package cn.gov.cq.jianping.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.LoginThrottlePolicy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoginThrottlePolicyTest {

	private final LoginThrottlePolicy policy = LoginThrottlePolicy.defaults();

	@Test
	void theDefaultsAreThreeOfAUsernameTwentyAndFiftyOfAnAddressInFifteenMinutes() {
		assertThat(this.policy).isEqualTo(new LoginThrottlePolicy(Duration.ofMinutes(15), 3, 20, 50));
	}

	@Test
	void theThirdFailureOfAUsernameBringsTheChallengeAndTheSecondDoesNot() {
		assertThat(this.policy.decide(2, 0)).isEqualTo(Verdict.OPEN);
		assertThat(this.policy.decide(3, 0)).isEqualTo(Verdict.CAPTCHA);
		assertThat(this.policy.decide(400, 0)).as("a username alone never refuses").isEqualTo(Verdict.CAPTCHA);
	}

	@Test
	void twentyFailuresOfAnAddressBringTheChallengeAndFiftyRefuse() {
		assertThat(this.policy.decide(0, 19)).isEqualTo(Verdict.OPEN);
		assertThat(this.policy.decide(0, 20)).isEqualTo(Verdict.CAPTCHA);
		assertThat(this.policy.decide(0, 49)).isEqualTo(Verdict.CAPTCHA);
		assertThat(this.policy.decide(0, 50)).isEqualTo(Verdict.REFUSED);
		assertThat(this.policy.decide(2, 50)).isEqualTo(Verdict.REFUSED);
	}

	@Test
	void nonsensicalThresholdsAreRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottlePolicy(Duration.ZERO, 3, 20, 50));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LoginThrottlePolicy(Duration.ofMinutes(15), 0, 20, 50));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LoginThrottlePolicy(Duration.ofMinutes(15), 3, 20, 19));
		assertThat(new LoginThrottlePolicy(Duration.ofMinutes(1), 1, 1, 1).decide(0, 1)).isEqualTo(Verdict.REFUSED);
	}

}
