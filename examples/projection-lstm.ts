// An LSTM with projections (proj_size): h has proj_size features, c keeps hidden_size.
// Correct as written.
import { nn, torch } from "rnnlens";

const lstm = new nn.LSTM({ input_size: 40, hidden_size: 512, num_layers: 3, proj_size: 128 });
const frames = torch.randn(100, 8, 40);
const h0 = torch.zeros(3, 8, 128);
const c0 = torch.zeros(3, 8, 512);
const [out, [hN, cN]] = lstm.forward(frames, [h0, c0]);
const flat = out.reshape(-1, 128);
