// Must compile: the same properties handled as the nullables they are, and non-null ones used
// directly. NullabilityCompileCheckTest compiles it to prove the check itself can pass.
import com.tripwirejs.model.apikey.IssuedApiKey
import com.tripwirejs.model.session.SessionDetail

fun createdSecond(detail: SessionDetail): Long = detail.createdAt()?.epochSecond ?: 0L

fun origins(key: IssuedApiKey): List<String> = key.allowedOrigins().orEmpty()

fun sessionId(detail: SessionDetail): String = detail.id()
