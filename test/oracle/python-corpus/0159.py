# oracle: seed 159, closed, raises ValueError at line 5
import torch
from torch import nn

layer_0 = nn.GRU(5, 7, proj_size=1)

cell_1 = nn.GRUCell(6, 6, bias=False)
xs_1 = torch.randn(5, 2, 6)
h_1 = torch.zeros(2, 6)
outputs_1 = []
for t in range(5):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
head_1 = nn.Linear(6, 2)(h_1)

rnn_2 = nn.RNN(8, 9, bidirectional=True)
x_2 = torch.randn(3, 8)
hx_2 = torch.zeros(2, 9)
out_2, _ = rnn_2(x_2, hx_2)

rnn_3 = nn.LSTM(6, 8, batch_first=False)
x_3 = torch.randn(5, 6)
out_3, _ = rnn_3(x_3)

rnn_4 = nn.LSTM(input_size=5, hidden_size=4, batch_first=False)
x_4 = torch.randn(1, 5)
hx_4 = (torch.zeros(1, 4), torch.zeros(1, 4))
out_4, _ = rnn_4(x_4, hx_4)
y_4 = out_4[-1].view(4)
