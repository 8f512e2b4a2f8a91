import { graphql } from '../gql';

// Operations the two-step sign-in suites share (codegen names each operation once).

export const LOGIN = graphql(`
  mutation TwoStepLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
      secondFactorRequired
      secondFactorMethods
      enrolmentRequired
    }
  }
`);

export const STATUS = graphql(`
  query TwoStepStatus {
    myTwoStepSignIn {
      enabled
      methods
      recoveryCodesLeft
      required
    }
  }
`);

export const VIEWER = graphql(`
  query TwoStepViewer {
    viewer {
      id
      twoStepSignIn
    }
  }
`);

export const RESET = graphql(`
  mutation TwoStepReset($id: ID!) {
    resetSecondFactor(agentId: $id) {
      id
      twoStepSignIn
    }
  }
`);

export const CREATE_TOKEN = graphql(`
  mutation TwoStepToken {
    createApiToken(name: "two-step", scopes: ["agents:read"]) {
      token
    }
  }
`);

export const PASSKEY_START = graphql(`
  mutation TwoStepPasskeyStart {
    startPasskeyRegistration
  }
`);
export const PASSKEY_FINISH = graphql(`
  mutation TwoStepPasskeyFinish($name: String!, $response: String!) {
    finishPasskeyRegistration(name: $name, response: $response) {
      passkey {
        id
        name
      }
      recoveryCodes
    }
  }
`);
export const VERIFY = graphql(`
  mutation TwoStepVerify($code: String!) {
    verifySecondFactor(code: $code) {
      token
      secondFactorRequired
      agent {
        id
      }
    }
  }
`);
export const START = graphql(`
  mutation TwoStepStart {
    startTotpEnrolment {
      secret
      otpauthUri
      qrCodeDataUrl
    }
  }
`);
export const CONFIRM = graphql(`
  mutation TwoStepConfirm($code: String!) {
    confirmTotpEnrolment(code: $code) {
      codes
    }
  }
`);
