package cn.gov.cq.jianping.identity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface LoginRecords extends Repository<LoginRecord, Long> {

	LoginRecord save(LoginRecord record);

	List<LoginRecord> findTop100ByOrderByOccurredAtDesc();

	List<LoginRecord> findByUsernameOrderByOccurredAtDesc(String username);

}
