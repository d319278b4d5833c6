# oracle: seed 32, closed, raises RuntimeError at line 38
import torch

cell_0 = torch.nn.LSTMCell(5, 5)
xs_0 = torch.randn(3, 1, 5)
h_0 = torch.zeros(1, 5)
c_0 = torch.zeros(1, 5)
outputs_0 = []
for t in range(len(xs_0)):
    if t == 1:
        break
    h_0, c_0 = cell_0(xs_0[t], (h_0, c_0))
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)

gru_1 = torch.nn.GRU(5, 3)
x_1 = torch.randn(4, 3, 5)
if x_1.dim() == 2:
    x_1 = x_1.unsqueeze(1)
out_1, h_1 = gru_1(x_1)

cell_2 = torch.nn.GRUCell(8, 7)
xs_2 = torch.randn(1, 4, 8)
h_2 = torch.zeros(4, 7)
outputs_2 = []
for t in range(xs_2.shape[0]):
    if t % 2 == 1:
        continue
    h_2 = cell_2(xs_2[t], h_2)
    if t == 0:
        h_2 = torch.zeros(4, 8)
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2, dim=0)

lstm_3 = torch.nn.LSTM(3, 5, 2)
out_3, (h_3, c_3) = lstm_3(torch.randn(2, 4, 3))
r_3_0 = out_3.unsqueeze(-1).squeeze(-1)
r_3_1 = torch.cat((out_3, out_3[:1]), 2)
r_3_2 = out_3.chunk(2, dim=-1)[0]
