# oracle: seed 135, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(7, 2)
x_0 = torch.randn(6, 2, 7)
lengths_0 = [6, 5]
packed_0 = pack_padded_sequence(x_0, lengths_0)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 2, 2))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)
last_0 = nn.Linear(2, 2)(h_0[-1])

rnn_1 = nn.RNN(input_size=3, hidden_size=7, nonlinearity='tanh')
x_1 = torch.ones((2, 4, 3))
out_1, h_1 = rnn_1(x_1)
fc_1 = nn.Linear(7, 2)
logits_1 = fc_1(h_1[-1])

rnn_2 = nn.GRU(7, 3, batch_first=True)
x_2 = torch.randn(4, 5, 7)
lengths_2 = torch.tensor([5, 4, 3, 2])
packed_2 = pack_padded_sequence(x_2, lengths_2, batch_first=True, enforce_sorted=False)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2, batch_first=True)
last_2 = nn.Linear(3, 2)(h_2[-1])

cell_3 = nn.LSTMCell(8, 3, bias=False)
xs_3 = torch.randn(2, 2, 8)
h_3 = torch.zeros(2, 3)
c_3 = torch.zeros(2, 3)
outputs_3 = []
for t in range(xs_3.size(0)):
    h_3, c_3 = cell_3(xs_3[t], (h_3, c_3))
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3)
head_3 = nn.Linear(3, 2)(h_3)

lstm_4 = nn.LSTM(3, 2, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(2, 2, 3))
r_4_0 = torch.cat((out_4, out_4[:, :, :1]), 2)
r_4_1 = torch.split(out_4, 1, dim=2)[0]
r_4_2 = out_4.size()
a_4, b_4 = out_4.chunk(2, dim=0)
