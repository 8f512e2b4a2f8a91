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
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code) {
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
