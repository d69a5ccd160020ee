package com.tripwirejs.testing.internal;

import java.util.List;

/** Who a secret key authenticates as: its organization and the scopes it was granted. */
record Principal(String organizationId, List<String> scopes) {
  Principal {
    scopes = List.copyOf(scopes);
  }

  /** Passes when the key's scopes cover {@code scope}, else the API's 403. */
  void require(String scope, String method, String path) {
    if (!Scopes.allows(scopes, scope)) {
      throw ApiProblem.insufficientScope(scope, method, path);
    }
  }

  /**
   * Passes when {@code organizationId} is the key's own organization, else the API's 403: a key
   * acts only in its organization, and whether another organization exists is not its business.
   */
  void requireOrganization(String organizationId) {
    if (!organizationId.equals(this.organizationId)) {
      throw ApiProblem.organizationAccessDenied(organizationId);
    }
  }
}
