// Must NOT compile: nullable API properties used as non-null. NullabilityCompileCheckTest asserts
// that the Kotlin compiler rejects each line below.
import com.tripwirejs.model.apikey.IssuedApiKey
import com.tripwirejs.model.session.SessionDetail

fun createdSecond(detail: SessionDetail): Long = detail.createdAt().epochSecond

fun origins(key: IssuedApiKey): List<String> = key.allowedOrigins()
