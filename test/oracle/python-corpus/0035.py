# oracle: seed 35, closed, runs cleanly
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(3, 3, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
r_0_0 = out_0.flatten(1)
r_0_1 = out_0.contiguous().view(4, 3, 3)
r_0_2 = out_0.flatten(1)
r_0_3 = out_0.permute(2, 0, 1)
a_0, b_0 = out_0.chunk(2, dim=0)

conv_1 = nn.Conv1d(2, 2, kernel_size=3, padding=1)
feats_1 = conv_1(torch.randn(2, 2, 6)).transpose(1, 2)
rnn_1 = nn.LSTM(2, 4, batch_first=True)
out_1, _ = rnn_1(feats_1)

rnn_2 = nn.RNN(3, 7, 1, bidirectional=True, nonlinearity='relu')
x_2 = torch.randn((3, 1, 3))
batch_2 = x_2.shape[1]
h0_2 = torch.zeros(2, batch_2, 7)
out_2, hn_2 = rnn_2(x_2, h0_2)

cell_3 = nn.RNNCell(2, 6)
xs_3 = torch.randn(1, 4, 2)
h_3 = torch.zeros(4, 6)
outputs_3 = []
for t in range(1):
    if t == 1:
        break
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3)
