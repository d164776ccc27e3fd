package cn.gov.cq.jianping.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	private final Clock clock;

	AccountDetailsService(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
		return new CurrentUser(account, account.isLockedAt(this.clock.instant()));
	}

}
