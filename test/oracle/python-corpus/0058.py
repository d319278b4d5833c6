# oracle: seed 58, closed, raises IndexError at line 8
import torch

lstm_0 = torch.nn.LSTM(3, 4, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 4, 3))
r_0_0 = torch.split(out_0, 2, dim=2)[0]
r_0_1 = h_0[-2:]
r_0_2 = torch.cat([h_0, c_0], dim=3)

conv_1 = torch.nn.Conv1d(7, 5, kernel_size=3, padding=1)
feats_1 = conv_1(torch.randn(2, 7, 6)).transpose(1, 2)
rnn_1 = torch.nn.LSTM(5, 4, batch_first=True)
out_1, _ = rnn_1(feats_1)

rnn_2 = torch.nn.RNN(input_size=8, hidden_size=3, num_layers=1)
x_2 = torch.randn(2, 8)
hx_2 = torch.zeros(1, 3)
out_2, _ = rnn_2(x_2, hx_2)

cell_3 = torch.nn.RNNCell(5, 8)
xs_3 = torch.randn(3, 2, 5)
h_3 = torch.zeros(2, 8)
outputs_3 = []
for t in range(xs_3.size(0)):
    if t == 3:
        break
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)

embed_4 = torch.nn.Embedding(28, 8)
drop_4 = torch.nn.Dropout(0.3)
rnn_4 = torch.nn.GRU(8, 5, batch_first=True)
tokens_4 = torch.randint(0, 28, (2, 5))
emb_4 = drop_4(embed_4(tokens_4))
out_4, h_4 = rnn_4(emb_4)
scores_4 = torch.nn.Linear(5, 28)(out_4)
