package cn.gov.cq.jianping.identity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RecoveryCodes extends Repository<RecoveryCode, Long> {

	List<RecoveryCode> findByAccountIdAndUsedAtIsNull(long accountId);

	void deleteByAccountId(long accountId);

	RecoveryCode save(RecoveryCode code);

}
