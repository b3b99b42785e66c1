module github.com/daftar-go/daftar/bench

go 1.26.0

require (
	github.com/daftar-go/daftar v0.0.0-00010101000000-000000000000
	github.com/jalaali/go-jalaali v0.1.0
	github.com/teambition/rrule-go v1.8.2
	github.com/yaa110/go-persian-calendar v1.3.0
)

require golang.org/x/text v0.43.0 // indirect

replace github.com/daftar-go/daftar => ../
