package cn.gov.cq.jianping.scoring;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Duplicate keys are refused by the application's own JSON mapper too, so every
 * {@code @RequestBody} in any module answers a 400 naming the key.
 */
@IntegrationTest
class StrictJsonTests {

	@Autowired
	JsonMapper applicationMapper;

	@Test
	void theApplicationMapperRefusesDuplicateKeysAndTheAdviceNamesTheKey() {
		JacksonException failure = catchThrowableOfType(JacksonException.class,
				() -> this.applicationMapper.readValue("{\"outer\":{\"list\":[{\"a\":1,\"a\":2}]}}", Map.class));
		assertThat(failure).isNotNull();
		HttpMessageNotReadableException unreadable = new HttpMessageNotReadableException("JSON parse error", failure,
				new MockHttpInputMessage(new byte[0]));
		ResponseEntity<ApiErrors> answer = new StrictJsonConfiguration.UnreadableJsonAdvice().unreadable(unreadable);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().errors()).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("outer.list[0].a");
			assertThat(error.message()).contains("“a”重复出现");
		});
	}

	@Test
	void otherUnreadableBodiesBlameTheBody() {
		JacksonException failure = catchThrowableOfType(JacksonException.class,
				() -> this.applicationMapper.readValue("{\"a\":", Map.class));
		assertThat(StrictJson.problem(failure).field()).isEqualTo("body");
	}

}
