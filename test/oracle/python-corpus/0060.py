# oracle: seed 60, closed, runs cleanly
import torch
from torch import nn

cell_0 = nn.GRUCell(6, 7)
xs_0 = torch.randn(5, 4, 6)
h_0 = torch.zeros(4, 7)
outputs_0 = []
for t in range(5):
    if t == 5:
        break
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)

rnn_1 = nn.LSTM(8, 8, 2)
x_1 = torch.randn(3, 8)
hx_1 = (torch.zeros(2, 8), torch.zeros(2, 8))
out_1, _ = rnn_1(x_1, hx_1)

rnn_2 = nn.RNN(input_size=5, hidden_size=3, num_layers=1, bidirectional=False)
x_2 = torch.randn(2, 5)
out_2, _ = rnn_2(x_2)

gru_3 = nn.GRU(7, 2)
x_3 = torch.randn(3, 7)
if x_3.dim() == 2:
    x_3 = x_3.unsqueeze(1)
out_3, h_3 = gru_3(x_3)
