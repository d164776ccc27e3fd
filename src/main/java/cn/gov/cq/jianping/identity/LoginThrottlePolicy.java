package cn.gov.cq.jianping.identity;

import java.time.Duration;

/**
 * When a login must answer the image challenge (验证码) or is refused outright, from the
 * recent failures of the username typed and of the client address. The username counts
 * whether or not the account exists, so the answer tells nobody which accounts exist.
 *
 * @param window how far back failures count (a sliding window)
 * @param captchaAfterUsernameFailures failures of one username that bring the challenge
 * @param captchaAfterAddressFailures failures from one address that bring the challenge
 * for every username
 * @param refuseAfterAddressFailures failures from one address after which every login
 * from it is refused, even with the right password, until older failures leave the window
 */
record LoginThrottlePolicy(Duration window, int captchaAfterUsernameFailures, int captchaAfterAddressFailures,
		int refuseAfterAddressFailures) {

	/** What a login attempt must pass before its password is checked. */
	enum Verdict {

		/** The password is checked as it is. */
		OPEN,

		/** The password is checked only after the right answer to the challenge. */
		CAPTCHA,

		/** Refused without checking anything: too many failures from this address. */
		REFUSED

	}

	LoginThrottlePolicy {
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("the window must be positive");
		}
		if (captchaAfterUsernameFailures < 1 || captchaAfterAddressFailures < 1
				|| refuseAfterAddressFailures < captchaAfterAddressFailures) {
			throw new IllegalArgumentException(
					"thresholds must be positive and the refusal above the challenge: " + captchaAfterUsernameFailures
							+ ", " + captchaAfterAddressFailures + ", " + refuseAfterAddressFailures);
		}
	}

	/**
	 * 3 failures of a username, 20 of an address in 15 minutes; 50 of an address refuse.
	 */
	static LoginThrottlePolicy defaults() {
		return new LoginThrottlePolicy(Duration.ofMinutes(15), 3, 20, 50);
	}

	Verdict decide(int usernameFailures, int addressFailures) {
		if (addressFailures >= this.refuseAfterAddressFailures) {
			return Verdict.REFUSED;
		}
		if (usernameFailures >= this.captchaAfterUsernameFailures
				|| addressFailures >= this.captchaAfterAddressFailures) {
			return Verdict.CAPTCHA;
		}
		return Verdict.OPEN;
	}

}
