# oracle: seed 86, closed, runs cleanly
import torch
import torch.nn as nn

embed_0 = nn.Embedding(27, 5)
drop_0 = nn.Dropout()
rnn_0 = nn.GRU(5, 2, batch_first=True)
tokens_0 = torch.randint(0, 27, (1, 4))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(2, 27)(out_0)

layer_1 = nn.RNN(5, 7, nonlinearity='tanh')
y_1, _ = layer_1(torch.randn(3, 2, 5))

embed_2 = nn.Embedding(20, 3)
drop_2 = nn.Dropout(0.3)
rnn_2 = nn.LSTM(3, 3, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 19]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)
