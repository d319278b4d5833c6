# oracle: seed 198, open, runs cleanly
import random
import torch.nn

rnn_0 = torch.nn.RNN(5, 6, batch_first=False, dropout=0.1, bidirectional=True)
x_0 = torch.zeros(5, 4, 5)
out_0, h_0 = rnn_0(x_0)
both_0 = torch.cat((h_0[-2], h_0[-1]), dim=1)
fc_0 = torch.nn.Linear(12, 2)
logits_0 = fc_0(both_0)

lstm_1 = torch.nn.LSTM(2, 8)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 2))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = torch.nn.Linear(8, 2)(out_1[-1])
