package cn.gov.cq.jianping.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ExpertRepository extends Repository<Expert, Long> {

	Expert save(Expert expert);

	Optional<Expert> findById(Long id);

	Optional<Expert> findByUsername(String username);

	List<Expert> findAllByOrderByIdAsc();

	boolean existsByUsername(String username);

}
