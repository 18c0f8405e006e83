import type { AppProps } from 'next/app'
// The one stylesheet, shared with the App Router's layout (global CSS may only be imported here).
import '../app/globals.css'

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />
}
