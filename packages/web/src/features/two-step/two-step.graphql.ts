import { graphql } from '../../gql';

export const MY_TWO_STEP_QUERY = graphql(`
  query MyTwoStepSignIn {
    myTwoStepSignIn {
      enabled
      methods
      enabledAt
      recoveryCodesLeft
      required
    }
  }
`);

export const START_TOTP_ENROLMENT_MUTATION = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      otpauthUri
      qrCodeDataUrl
    }
  }
`);

export const CONFIRM_TOTP_ENROLMENT_MUTATION = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code) {
      codes
    }
  }
`);

export const REGENERATE_RECOVERY_CODES_MUTATION = graphql(`
  mutation RegenerateRecoveryCodes($code: String, $password: String) {
    regenerateRecoveryCodes(code: $code, password: $password) {
      codes
    }
  }
`);

export const DISABLE_TWO_STEP_MUTATION = graphql(`
  mutation DisableTwoStepSignIn($code: String, $password: String) {
    disableTwoStepSignIn(code: $code, password: $password)
  }
`);

export const VERIFY_SECOND_FACTOR_MUTATION = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      token
      agent {
        ...ViewerFields
      }
    }
  }
`);

export const RESET_SECOND_FACTOR_MUTATION = graphql(`
  mutation ResetSecondFactor($agentId: ID!) {
    resetSecondFactor(agentId: $agentId) {
      id
      twoStepSignIn
    }
  }
`);

export const SECURITY_SETTINGS_QUERY = graphql(`
  query SecuritySettings {
    securitySettings {
      twoStepSignInRequired
      updatedAt
      updatedByName
    }
  }
`);

export const UPDATE_SECURITY_SETTINGS_MUTATION = graphql(`
  mutation UpdateSecuritySettings($input: SecuritySettingsInput!) {
    updateSecuritySettings(input: $input) {
      twoStepSignInRequired
      updatedAt
      updatedByName
    }
  }
`);

export const MY_PASSKEYS_QUERY = graphql(`
  query MyPasskeys {
    myPasskeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);

export const START_PASSKEY_REGISTRATION_MUTATION = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration
  }
`);

export const FINISH_PASSKEY_REGISTRATION_MUTATION = graphql(`
  mutation FinishPasskeyRegistration($name: String!, $response: String!) {
    finishPasskeyRegistration(name: $name, response: $response) {
      passkey {
        id
        name
      }
      recoveryCodes
    }
  }
`);

export const REMOVE_PASSKEY_MUTATION = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);

export const START_PASSKEY_SECOND_STEP_MUTATION = graphql(`
  mutation StartPasskeySecondStep {
    startPasskeySecondStep
  }
`);

export const VERIFY_PASSKEY_MUTATION = graphql(`
  mutation VerifyPasskey($response: String!) {
    verifyPasskey(response: $response) {
      token
      agent {
        ...ViewerFields
      }
    }
  }
`);

export const START_PASSKEY_SIGN_IN_MUTATION = graphql(`
  mutation StartPasskeySignIn {
    startPasskeySignIn {
      requestId
      options
    }
  }
`);

export const FINISH_PASSKEY_SIGN_IN_MUTATION = graphql(`
  mutation FinishPasskeySignIn($requestId: String!, $response: String!) {
    finishPasskeySignIn(requestId: $requestId, response: $response) {
      token
      agent {
        ...ViewerFields
      }
    }
  }
`);
