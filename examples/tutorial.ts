// The PyTorch tutorial's LSTM, line for line, on RNN Lens's engine.
// Run with `npm run demo` (it builds the engine first).
import { nn, torch } from "rnnlens";

torch.manualSeed(0);
const lstm = new nn.LSTM(10, 20, 2); // input_size, hidden_size, num_layers
const input = torch.randn(5, 3, 10); // (seq_len, batch, input_size)
const h0 = torch.randn(2, 3, 20); // (num_layers * num_directions, batch, hidden_size)
const c0 = torch.randn(2, 3, 20);
const [output, [hn, cn]] = lstm.forward(input, [h0, c0]);

const fmt = (shape: number[]) => `[${shape.join(", ")}]`;
console.log(`${fmt(output.shape)} ${fmt(hn.shape)} ${fmt(cn.shape)}`);
console.log("parameters:");
for (const [name, p] of Object.entries(lstm.stateDict())) console.log(`  ${name} ${fmt(p.shape)}`);
console.log(`  total ${lstm.parameterCount()} parameters`);
