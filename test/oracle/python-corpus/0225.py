# oracle: seed 225, closed, raises RuntimeError at line 7
import torch
import torch.nn as nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(8, 4)
last_0_0 = encode_0(enc_0, torch.rand((4, 2, 9)))

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_1, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers, batch, self.hidden_size), torch.zeros(self.num_layers, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_1 = Model_1(6, 8, bidirectional=False)
logits_1 = model_1(torch.rand(1, 5, 6))
probs_1 = logits_1.softmax(dim=-1)
