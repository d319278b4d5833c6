# oracle: seed 266, closed, runs cleanly
import torch.nn
import torch.nn.functional as F

rnn_0 = torch.nn.RNN(4, 9, batch_first=True, dropout=0.2, bidirectional=True)
x_0 = torch.zeros(3, 1, 4)
out_0, h_0 = rnn_0(x_0)
fc_0 = torch.nn.Linear(18, 2)
logits_0 = fc_0(out_0[:, -1, :])
probs_0 = F.softmax(logits_0, dim=-1)

layer_1 = torch.nn.GRU(2, 2, dropout=0)
y_1, _ = layer_1(torch.randn(3, 2, 2))

layer_2 = torch.nn.GRU(3, 5, dropout=0)
y_2, _ = layer_2(torch.randn(3, 2, 3))

lstm_3 = torch.nn.LSTM(3, 3, 2)
out_3, (h_3, c_3) = lstm_3(torch.randn(4, 2, 3))
r_3_0 = out_3.shape[2]
r_3_1 = out_3[:, -1, :]

rnn_4 = torch.nn.LSTM(4, 9, 2, True, True, bidirectional=True)
x_4 = torch.randn((5, 1, 4))
batch_4 = x_4.shape[0]
h0_4 = torch.zeros(4, batch_4, 9)
c0_4 = torch.zeros(4, batch_4, 9)
out_4, (hn_4, cn_4) = rnn_4(x_4, (h0_4, c0_4))
