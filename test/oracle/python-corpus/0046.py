# oracle: seed 46, open, raises RuntimeError at line 11
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(7, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 7))
last_0 = nn.Linear(6, 2)(out_0[-1])

embed_1 = nn.Embedding(20, 4, padding_idx=0)
drop_1 = nn.Dropout()
rnn_1 = nn.LSTM(4, 6, batch_first=True)
tokens_1 = torch.randint(0, 20, (1, 2))
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = nn.Linear(6, 20)(out_1)

rnn_2 = nn.RNN(input_size=7, hidden_size=4)
x_2 = torch.randn(3, 7)
out_2, _ = rnn_2(x_2)

lstm_3 = nn.LSTM(4, 8)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 4))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 4))
last_3 = nn.Linear(8, 2)(out_3[-1])

layer_4 = nn.LSTM(6, 5, proj_size=6)
y_4, _ = layer_4(torch.randn(4, 2, 6))
