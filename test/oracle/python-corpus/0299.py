# oracle: seed 299, closed, raises RuntimeError at line 9
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, LSTMCell

rnn_0 = LSTM(8, 2, 3, batch_first=True, bidirectional=True)
x_0 = torch.zeros(3, 4, 8)
hidden_0 = (torch.randn(12, 3, 2), torch.zeros(6, 3, 2))
out_0, (h_0, c_0) = rnn_0(x_0, hidden_0)
n_0 = out_0.size(-1) * out_0.dim()

cell_1 = LSTMCell(5, 8)
xs_1 = torch.randn(2, 1, 5)
h_1 = torch.zeros(1, 10)
c_1 = torch.zeros(1, 8)
outputs_1 = []
for t in range(len(xs_1)):
    if t % 2 == 1:
        continue
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    if t == 0:
        h_1 = torch.zeros(1, 9)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = nn.Linear(8, 2)(h_1)

rnn_2 = GRU(input_size=6, hidden_size=4, num_layers=3, dropout=0.5)
x_2 = torch.rand(1, 2, 6)
out_2, h_2 = rnn_2(x_2)
fc_2 = nn.Linear(4, 4)
logits_2 = fc_2(out_2[-1])
