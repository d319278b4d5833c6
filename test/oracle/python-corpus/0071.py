# oracle: seed 71, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN

rnn_0 = LSTM(3, 5)
x_0 = torch.randn(5, 3)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(5)

rnn_1 = RNN(input_size=4, hidden_size=2, num_layers=2)
x_1 = torch.randn(1, 4)
out_1, _ = rnn_1(x_1)

gru_2 = GRU(7, 5)
x_2 = torch.randn(3, 7)
if x_2.size(-1) == 7:
    out_2, _ = gru_2(x_2)
else:
    out_2, _ = gru_2(torch.randn(2, 2, 8))

cell_3 = GRUCell(3, 4)
xs_3 = torch.randn(5, 3, 3)
h_3 = torch.zeros(3, 4)
outputs_3 = []
for t in range(len(xs_3)):
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3)
head_3 = nn.Linear(4, 2)(h_3)
