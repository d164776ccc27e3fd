package cn.gov.cq.jianping.identity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PasswordHistory extends Repository<PasswordHistoryEntry, Long> {

	/** Not reused: this many of the latest passwords, the current one included. */
	int REMEMBERED = 5;

	List<PasswordHistoryEntry> findTop5ByAccountIdOrderBySetAtDescIdDesc(long accountId);

	PasswordHistoryEntry save(PasswordHistoryEntry entry);

}
