module github.com/daftar-go/daftar

go 1.26.0

require (
	github.com/stretchr/testify v1.12.1
	github.com/yaa110/go-persian-calendar v1.3.0
)

require (
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/text v0.43.0 // indirect
)
