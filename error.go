package parallax

import (
	"errors"
	"fmt"
)

// Error codes. Only cmd/parallax maps them to exit codes and only the HTTP
// adapter to statuses.
const (
	EINVALID   = "invalid"   // the input or request is malformed
	ENOTFOUND  = "notfound"  // the thing asked for does not exist
	ETOOLARGE  = "toolarge"  // over a size limit
	ENOARTICLE = "noarticle" // a page or text holds no article
	EFETCH     = "fetch"     // a remote source could not be fetched
	EINTERNAL  = "internal"  // a bug or an environment failure
)

// Error is the application error: a code a program can act on and a message
// a person can read.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// err.Error() for any other error.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}

// InputError is the failure of one input: it names the input as the user
// gave it and the reason. The run goes on with the other inputs.
type InputError struct {
	Source string
	Err    error
}

func (e *InputError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }
