package cn.gov.cq.jianping.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A login completed with password and 动态口令 (or a 恢复码).
 */
public final class SecondFactorAuthentication extends UsernamePasswordAuthenticationToken {

	private static final long serialVersionUID = 1L;

	SecondFactorAuthentication(CurrentUser user, Object details) {
		super(user, null, user.getAuthorities());
		setDetails(details);
	}

}
